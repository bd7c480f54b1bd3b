/** Counts and measures: `5,000 NATO troops`, `three options`, `about 40k people`, `12 km`. */
import type { QuantityValue } from '../../model.js';
import { CALENDAR_WORDS, DETERMINERS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/units.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { FIGURE, figuresOf } from './figure.js';
import { isYear, MAY_HOLD_AMOUNT, wordBefore } from './parse-number.js';

const PATTERN = new RegExp(FIGURE, 'giud');
const HYPHENATED = /^[-–]\p{L}/u;
const WRITTEN = /^\p{L}/u;
const PLAIN = /^\d+$/;
const NAME_BEFORE = /[^\s]\s+\p{Lu}[\p{L}\p{N}]*\s+$/u;

/** A number with the noun it counts or its unit of measure; a bare number is no claim. */
export const quantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: PATTERN,
  prefilter: MAY_HOLD_AMOUNT,
  extract(match, sentence) {
    const { cue, first = '' } = match.groups ?? {};
    const start = match.index;
    const before = wordBefore(sentence.text, start);
    if (CALENDAR_WORDS.has(before)) return null;
    if (!cue && WRITTEN.test(first) && DETERMINERS.has(before)) return null;
    if (!cue && isYear(first)) return null;
    // A bare number after a capitalized word is part of a name: `Boeing 737 jets`, `Article 5 members`.
    if (!cue && PLAIN.test(first) && NAME_BEFORE.test(sentence.text.slice(Math.max(0, start - 24), start))) return null;
    const figures = figuresOf(match, start + match[0].length);
    const last = figures[figures.length - 1];
    if (!last) return null;
    const noun = findCountedNoun(sentence.text, last.end, last.value.max === 1);
    // Time units belong to durations (`one day`, `for years`), never to counts.
    if (!noun || DURATION_UNITS[noun.unit]) return null;
    // A number joined to a word by a hyphen is a compound (`8-year`, `5,000-strong`), unless a unit (`412-km`).
    if (!noun.measure && HYPHENATED.test(sentence.text.slice(last.end, last.end + 2))) return null;
    return figures.map((figure): Found<'quantity'> => {
      const value: QuantityValue = { ...figure.value, unit: noun.unit };
      return { value, start: figure.start, end: figure === last ? noun.end : figure.end };
    });
  },
};
