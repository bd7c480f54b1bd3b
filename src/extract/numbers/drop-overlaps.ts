/** Refiner: one figure, one claim: a number inside a money, percent or duration claim is not also a count. */
import type { AnyClaim, Kind } from '../../model.js';
import type { Refiner } from '../types.js';

// Which kind keeps an overlapping figure: the more specific reading wins.
const RANK: Partial<Record<Kind, number>> = { money: 4, percent: 3, duration: 2, quantity: 1 };

/**
 * Among overlapping money, percent, duration and quantity claims keep, greedily, the higher kind
 * (money, percent, duration, quantity), then the longer span, then the earlier one. Other kinds
 * pass through. Linear: claims arrive sorted, and only a run of overlapping claims is compared.
 */
export const dropOverlaps: Refiner = (claims) => {
  const out: AnyClaim[] = [];
  let run: AnyClaim[] = [];
  let runEnd = -1;
  for (const claim of claims) {
    if (RANK[claim.kind] === undefined) {
      out.push(claim);
      continue;
    }
    if (claim.start >= runEnd && run.length > 0) {
      out.push(...pick(run));
      run = [];
    }
    run.push(claim);
    runEnd = Math.max(runEnd, claim.end);
  }
  out.push(...pick(run));
  return out;
};

function pick(run: AnyClaim[]): AnyClaim[] {
  if (run.length < 2) return run;
  const ranked = [...run].sort((a, b) => (RANK[b.kind] ?? 0) - (RANK[a.kind] ?? 0) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AnyClaim[] = [];
  for (const claim of ranked) {
    if (!kept.some((other) => claim.start < other.end && other.start < claim.end)) kept.push(claim);
  }
  return kept;
}
