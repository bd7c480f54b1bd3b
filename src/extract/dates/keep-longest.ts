/** Overlapping date finds: several extractors read the same words (`last August` and `August`). */
import type { AnyClaim } from '../../model.js';
import type { Refiner } from '../types.js';

/**
 * Among date claims that overlap, keep the longest (the first found on a tie: the extractors are
 * ordered so that ours win); claims of other kinds pass untouched.
 */
export const keepLongestDates: Refiner = (claims) => {
  const dates = claims.filter((claim) => claim.kind === 'date');
  const ranked = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: AnyClaim[] = [];
  for (const claim of ranked) {
    if (!kept.some((other) => claim.start < other.end && other.start < claim.end)) kept.push(claim);
  }
  const keep = new Set(kept);
  return claims.filter((claim) => claim.kind !== 'date' || keep.has(claim));
};
