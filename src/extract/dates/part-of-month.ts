/**
 * A part of a month: `early March`, `mid-October`, `late May 2020`, `the end of June`.
 * chrono-node reads only the month (and drops `late May`, taking `May` for the verb).
 */
import { MONTH_PARTS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { anyInitial, MONTH, monthNumber, YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

const PART = anyInitial(Object.keys(MONTH_PARTS));

/** The first and last day of a part of a month. */
const daysOf = (part: string): readonly [number, number] => MONTH_PARTS[part.toLowerCase().replace(/\s+/g, ' ')] ?? [1, 31];

/** Early (days 1–10), mid (11–20) or late (21 to the end) in a month, or a run of parts (`mid to late`); precision month. */
export const partOfMonth: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(?:(${PART})\\s+(?:to|or)\\s+)?(${PART})(?:\\s*-\\s*|\\s+)(${MONTH})(?:,?\\s+(${YEAR}))?(?!\\s*\\d)`, 'g'),
  extract(match, sentence, context) {
    const [, from, part = '', month = '', year] = match;
    // `mid to late July` runs from the first part's first day to the second part's last.
    const first = daysOf(from ?? part)[0];
    const last = daysOf(part)[1];
    const m = monthNumber(month);
    if (year) return { value: spanValue(Number(year), [m, first], [m, last], 'month', false) };
    const tense = tenseAt(sentence.text, match.index, match.index + match[0].length);
    const anchored = anchorYear(m, null, null, tense, context.reference);
    return { value: spanValue(anchored?.year ?? null, [m, first], [m, last], 'month', anchored?.inferred ?? true) };
  },
};
