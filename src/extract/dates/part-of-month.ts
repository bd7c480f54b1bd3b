/**
 * A part of a month: `early March`, `mid-October`, `late May 2020`, `the end of June`.
 * chrono-node reads only the month (and drops `late May`, taking `May` for the verb).
 */
import { MONTH_PARTS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { anyInitial, MONTH, monthNumber, YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

/** Early (days 1–10), mid (11–20) or late (21 to the end) in a month; precision month. */
export const partOfMonth: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(${anyInitial(Object.keys(MONTH_PARTS))})(?:\\s*-\\s*|\\s+)(${MONTH})(?:,?\\s+(${YEAR}))?(?!\\s*\\d)`, 'g'),
  extract(match, sentence, context) {
    const [, part = '', month = '', year] = match;
    const [first, last] = MONTH_PARTS[part.toLowerCase().replace(/\s+/g, ' ')] ?? [1, 31];
    const m = monthNumber(month);
    if (year) return { value: spanValue(Number(year), [m, first], [m, last], 'month', false) };
    const tense = tenseAt(sentence.text, match.index, match.index + match[0].length);
    const anchored = anchorYear(m, null, null, tense, context.reference);
    return { value: spanValue(anchored?.year ?? null, [m, first], [m, last], 'month', anchored?.inferred ?? true) };
  },
};
