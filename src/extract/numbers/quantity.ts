/** Counts and measures: `5,000 NATO troops`, `three options`, `about 40k people`, `12 km`. */
import type { QuantityValue } from '../../model.js';
import { CALENDAR_WORDS, DETERMINERS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/units.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCompoundNoun, findCountedNoun } from './counted-noun.js';
import { OTHERS, parallelNoun } from './elided-quantity.js';
import { FIGURES, figuresOf } from './figure.js';
import { isYear } from './parse-number.js';
import { wordBefore } from './word-before.js';

const HYPHENATED = /^[-–]\p{L}/u;
const WRITTEN = /^\p{L}/u;
const PLAIN = /^\d+$/;
const SHORT = /^\d{1,2}$/;
const NAME_BEFORE = /[^\s]\s+\p{Lu}[\p{L}\p{N}]*\s+$/u;
const LONG_NAME_BEFORE = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+$/u;
const ONE_WORD = /^\s+\p{Ll}+$/u;

/** A number with the noun it counts or its unit of measure; a bare number is no claim. */
export const quantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract: (match, sentence) => extract(match, sentence.text),
};

function extract(match: RegExpExecArray, text: string): Found<'quantity'>[] | null {
  const { cue, first = '' } = match.groups ?? {};
  const start = match.index;
  const before = wordBefore(text, start);
  if (CALENDAR_WORDS.has(before)) return null;
  // `the two met`, but `the eight-carriage train`.
  if (!cue && WRITTEN.test(first) && DETERMINERS.has(before) && !HYPHENATED.test(text.slice(start + match[0].length, start + match[0].length + 2))) return null;
  if (!cue && isYear(first)) return null;
  // A bare number after a capitalized word is part of a name: `Boeing 737 jets`, `Article 5 members`.
  // A name of two or more words may give its own short count, though: `the Civic Union 11 seats`.
  const nameBefore = !cue && PLAIN.test(first) && NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const isLongName = nameBefore && SHORT.test(first) && LONG_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  if (nameBefore && !isLongName) return null;
  const figures = figuresOf(match, start + match[0].length);
  const last = figures[figures.length - 1];
  if (!last) return null;
  const counted = findCountedNoun(text, last.end, last.value.max === 1);
  const compound = !counted && (PLAIN.test(first) || WRITTEN.test(first)) && !match.groups?.second ? findCompoundNoun(text, last.end) : null;
  const noun = counted ?? compound;
  // After a name the noun must follow the number at once, in the plural (`Union 11 seats`).
  if (isLongName && (!noun || noun.measure || !ONE_WORD.test(text.slice(last.end, noun.end)))) return null;
  // Time units belong to durations (`one day`, `for years`), never to counts.
  if (!noun || DURATION_UNITS[noun.unit]) return null;
  // A number joined to a word by a hyphen is a compound (`8-year`, `5,000-strong`), unless a unit (`412-km`).
  if (!noun.measure && !compound && HYPHENATED.test(text.slice(last.end, last.end + 2))) return null;
  // `two died and 94 others were hurt`: others count the noun of a figure before them, else people.
  const unit = noun.unit === OTHERS ? (parallelNoun(text.slice(0, start), start) ?? 'person') : noun.unit;
  return figures.map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: figure.start, end: figure === last ? noun.end : figure.end };
  });
}
