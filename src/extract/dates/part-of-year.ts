/**
 * A part of a stated year: `the last months of 2020`, `early 2019`, `mid-2020`, `the first
 * quarter of 2021`, `spring 2020`, `the summer of 2019`. chrono-node reads none of these.
 */
import { SEASONS, YEAR_PARTS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { spanValue } from './anchor.js';
import { anyInitial, YEAR_AFTER } from './patterns.js';

/** Months `first`–`last` of a stated year (winter runs into the next), precision season. */
export const partOfYear: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(
    `\\b(${anyInitial(Object.keys(YEAR_PARTS))}|(?:${anyInitial(Object.keys(SEASONS))})(?:\\s+of)?)(?:\\s*-\\s*|\\s+)(${YEAR_AFTER})`,
    'g',
  ),
  extract(match) {
    const [, part = '', year = ''] = match;
    const key = part.toLowerCase().replace(/\s+/g, ' ');
    const [first, last] = YEAR_PARTS[key] ?? SEASONS[key.replace(/ of$/, '')] ?? [1, 12];
    return { value: spanValue(Number(year), [first, 1], [last, 31], 'season', false) };
  },
};
