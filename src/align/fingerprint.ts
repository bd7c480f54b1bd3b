/** Content-derived identities: the same claim gets the same fingerprint on every run. */
import * as crypto from 'node:crypto';
import type { AnyClaim } from '../model.js';

/**
 * A value as canonical JSON (sorted keys), so equal values give equal strings: the text of
 * `JSON.stringify(Object.keys(value).sort().map((key) => [key, value[key]]))`, written out.
 * Alignment and judging ask it twice per claim, and at 3,000 articles that one line's sorted
 * copies and pair arrays were 56 MB of garbage; a value has two to five keys, so an insertion
 * sort of them in place does.
 */
export function valueKey(claim: AnyClaim): string {
  const value = claim.value as unknown as Record<string, unknown>;
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let at = i;
    for (; at > 0 && (keys[at - 1] as string) > key; at--) keys[at] = keys[at - 1] as string;
    keys[at] = key;
  }
  let text = '[';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    // As in an array, a value JSON cannot write (undefined, a function) is `null`.
    text += `${i ? ',' : ''}[${JSON.stringify(key)},${JSON.stringify(value[key]) ?? 'null'}]`;
  }
  return `${text}]`;
}

// The one-shot `crypto.hash` (Node 20.12+) makes no Hash object: alignment fingerprints every claim.
const sha1Hex: (text: string) => string = crypto.hash
  ? (text) => crypto.hash('sha1', text, 'hex')
  : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** A short hash of a claim's kind, source, normalized value and subject: stable across runs. */
export function fingerprint(claim: AnyClaim, subject: string): string {
  return sha1Hex([claim.kind, claim.source, valueKey(claim), subject].join('\u0000')).slice(0, 12);
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
