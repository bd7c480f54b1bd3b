/**
 * A quarter named without its year: `in the second quarter`, `the three months to June`. Figures
 * for a period are reported after it ends, so the year is anchored like a month (by the tense).
 * chrono-node reads neither (it takes `June` alone).
 */
import { MONTHS_ENDING_AT, QUARTERS } from '../../lexicon/dates.js';
import type { Context, Found, PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { addDays } from './calendar.js';
import { alternation, anyInitial, MONTH, monthNumber, YEAR } from './patterns.js';
import { tenseAt, type Tense } from './tense.js';

// `the first quarter of the game`, `quarter-final`: not a part of a year; `of 2021` is part-of-year's.
const NOT_OF_YEAR = `(?![-–]|\\s+of\\s+(?!(?:the|this|last|next)\\s+year\\b))`;
const ORDINAL_QUARTER = `(${anyInitial(Object.keys(QUARTERS))})\\s+quarter\\b${NOT_OF_YEAR}`;
// `the three months ended Dec. 27` closes at a day: chrono's day date is the claim there.
const MONTHS_TO = `(?:three|3)\\s+months\\s+(?:${alternation(MONTHS_ENDING_AT)})\\s+(${MONTH})(?!\\.?\\s*,?\\s*(?:\\d|${YEAR}))`;
// `its first quarter`, `the fiscal first quarter`: a company's own year, not the calendar's.
const FISCAL_BEFORE = /(?:\b(?:its|their|fiscal|financial)|['’]s)\s+(?:the\s+)?$/i;
/** Days after its end within which a past quarter is still named without its year (it is reported a month or two later). */
const STILL_NAMED_WITHIN_DAYS = 190;

/** A quarter (first to fourth) or three months up to a month, in the year the tense points at; precision season. */
export const quarterWithoutYear: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(?:${ORDINAL_QUARTER}|${MONTHS_TO})`, 'g'),
  extract(match, sentence, context) {
    const [whole, ordinal, month] = match;
    if (ordinal && FISCAL_BEFORE.test(sentence.text.slice(0, match.index))) return null;
    const last = ordinal ? (QUARTERS[ordinal.toLowerCase()] ?? [1, 3])[1] : monthNumber(month ?? '');
    const tense = tenseAt(sentence.text, match.index, match.index + whole.length);
    return quarterValue(last, tense, context, Boolean(ordinal));
  },
};

/**
 * The three months up to month `last`, which may reach back into the year before; null for an
 * ordinal quarter long over at publication (a first quarter reported in January is a fiscal one).
 */
function quarterValue(last: number, tense: Tense, context: Context, ordinal: boolean): Found<'date'> | null {
  const anchored = anchorYear(last, null, null, tense, context.reference);
  const first = ((last + 9) % 12) + 1;
  const year = anchored ? anchored.year - (first > last ? 1 : 0) : null;
  const value = spanValue(year, [first, 1], [last, 31], 'season', anchored?.inferred ?? true);
  const published = context.reference.date;
  if (ordinal && published && value.end && value.end < addDays(published, -STILL_NAMED_WITHIN_DAYS)) return null;
  return { value };
}
