/**
 * Refiner: a measure followed by its conversion in brackets (`80 km (50 miles)`, `106 mph (170
 * km/h)`) is one claim: it spans both and states the figure written first. Two claims would let
 * the bracketed one, rounded by the writer, meet other figures as if the article stated it apart.
 */
import { conversion } from '../../lexicon/units.js';
import type { AnyClaim } from '../../model.js';
import type { Refiner } from '../types.js';

/** The gap between a figure and its bracketed conversion: an opening bracket, perhaps `about` or `or`. */
const OPENING = /^\s*\(\s*(?:about|around|some|roughly|nearly|approximately|or|or about)?\s*$/i;

/** The bracket that closes the conversion, which the claim takes in. */
const CLOSING = /^\s*\)/;

/** Merge each quantity with the bracketed quantity right after it, when their units convert into one another. */
export const mergeConversions: Refiner = (claims, context) => {
  const out: AnyClaim[] = [];
  // Other kinds (a quote or a date around the figures) may sit between the two in the sorted list.
  let last = -1;
  for (const claim of claims) {
    const previous = out[last];
    if (previous && isConversion(previous, claim, context.source.text)) {
      const end = claim.end + (CLOSING.exec(context.source.text.slice(claim.end))?.[0].length ?? 0);
      out[last] = { ...previous, end, text: context.source.text.slice(previous.start, end) };
      continue;
    }
    if (claim.kind === 'quantity') last = out.length;
    out.push(claim);
  }
  return out;
};

function isConversion(a: AnyClaim, b: AnyClaim, text: string): boolean {
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.sentence !== b.sentence) return false;
  return conversion(a.value.unit, b.value.unit) !== null && OPENING.test(text.slice(a.end, b.start));
}
