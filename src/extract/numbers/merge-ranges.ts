/** Refiner: two figures written as the ends of a range become one claim (`between 40 troops and 50 troops`). */
import type { AnyClaim, Claim } from '../../model.js';
import type { Context, Refiner } from '../types.js';

type NumberClaim = Claim<'money' | 'quantity' | 'percent' | 'duration'>;

const NUMBER_KINDS: ReadonlySet<string> = new Set(['money', 'quantity', 'percent', 'duration']);
const DASH_OR_TO = /^\s*(?:[-–—]|to)\s*$/i;
const AND = /^\s+and\s+$/i;
const BETWEEN = /\b(?<word>between|from)\s+$/i;

/**
 * Merge two adjacent single figures of one kind and unit (or currency) joined by `-`, `–` or `to`,
 * or by `and` after `between`, when the first is smaller: the claim spans both (and `between` or `from`).
 */
export const mergeRanges: Refiner = (claims, context) => {
  const out: AnyClaim[] = [];
  // Other kinds (a date, a quote around the figures) may sit between the two ends in the sorted list.
  let last = -1;
  for (const claim of claims) {
    const previous = out[last];
    const merged = previous && mergeable(previous, claim) ? merge(previous, claim, context) : null;
    if (merged) {
      out[last] = merged;
      continue;
    }
    if (NUMBER_KINDS.has(claim.kind)) last = out.length;
    out.push(claim);
  }
  return out;
};

function mergeable(a: AnyClaim, b: AnyClaim): boolean {
  if (a.kind !== b.kind || !NUMBER_KINDS.has(a.kind) || a.sentence !== b.sentence) return false;
  const [x, y] = [a as NumberClaim, b as NumberClaim];
  return x.value.min === x.value.max && y.value.min === y.value.max && x.value.max < y.value.min && unitOf(x) === unitOf(y);
}

function merge(a: AnyClaim, b: AnyClaim, context: Context): AnyClaim | null {
  const text = context.source.text;
  const gap = text.slice(a.end, b.start);
  const between = BETWEEN.exec(text.slice(Math.max(a.sentence.start, a.start - 12), a.start));
  const isBetween = between?.groups?.word?.toLowerCase() === 'between';
  if (!DASH_OR_TO.test(gap) && !(AND.test(gap) && isBetween)) return null;
  const start = between ? a.start - between[0].length : a.start;
  const [first, second] = [a as NumberClaim, b as NumberClaim];
  const value = { ...first.value, max: second.value.max, approximate: first.value.approximate || second.value.approximate };
  // A range states no open bound (model.ts), whatever cue its first end had.
  delete value.bound;
  return { ...a, start, end: b.end, text: text.slice(start, b.end), value } as AnyClaim;
}

function unitOf(claim: NumberClaim): string {
  const { value } = claim;
  return 'currency' in value ? value.currency : 'unit' in value ? value.unit : '%';
}
