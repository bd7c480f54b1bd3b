/** Content-derived identities: the same claim gets the same fingerprint on every run. */
import { createHash } from 'node:crypto';
import { valueKey } from '../kinds/index.js';
import type { AnyClaim } from '../model.js';

/** A short hash of a claim's kind, source, normalized value and subject: stable across runs. */
export function fingerprint(claim: AnyClaim, subject: string): string {
  const text = [claim.kind, claim.source, valueKey(claim.value), subject].join('\u0000');
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/**
 * Fingerprints of claims given in source order. Claims alike in every respect (the same value
 * near the same words twice in one source) are told apart by their rank among their likes,
 * which no edit elsewhere can change.
 */
export function fingerprintAll(claims: readonly AnyClaim[], subjectOf: (claim: AnyClaim) => string): string[] {
  const seen = new Map<string, number>();
  return claims.map((claim) => {
    const base = fingerprint(claim, subjectOf(claim));
    const rank = (seen.get(base) ?? 0) + 1;
    seen.set(base, rank);
    return rank === 1 ? base : `${base}-${rank}`;
  });
}
