/**
 * Day ranges inside one month: `September 10 until 16`, `10 to 16 September 2021`,
 * `between 3 and 9 May`. chrono-node reads only `September 10` and `9 May` of these.
 */
import type { Sentence } from '../../model.js';
import type { Context, Found, PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { DAY, dayNumber, MONTH, monthNumber, YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

const TO = '\\s*(until|till|through|thru|to|and|-|–|—)\\s*';
const BETWEEN_BEFORE = /\bbetween\s+$/i;

interface Parts {
  month: string;
  first: string;
  connector: string;
  last: string;
  year: string | undefined;
}

// `and` joins two separate days (`on 3 and 9 May`) unless `between` opens the range.
function dayRange({ month, first, connector, last, year }: Parts, match: RegExpExecArray, sentence: Sentence, context: Context): Found<'date'> | null {
  const from = dayNumber(first);
  const to = dayNumber(last);
  if (to <= from) return null;
  if (connector.toLowerCase() === 'and' && !BETWEEN_BEFORE.test(sentence.text.slice(0, match.index))) return null;
  const m = monthNumber(month);
  if (year) return { value: spanValue(Number(year), [m, from], [m, to], 'day', false) };
  const tense = tenseAt(sentence.text, match.index, match.index + match[0].length);
  const anchored = anchorYear(m, from, null, tense, context.reference);
  return { value: spanValue(anchored?.year ?? null, [m, from], [m, to], 'day', anchored?.inferred ?? true) };
}

/** `September 10 until 16`, `May 3 to 9, 2019`: month first. */
export const monthFirstDayRange: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`(?<!\\w)(${MONTH})\\s*(${DAY})${TO}(${DAY})(?:,?\\s+(${YEAR}))?(?![\\w%])`, 'g'),
  extract(match, sentence, context) {
    const [, month = '', first = '', connector = '', last = '', year] = match;
    return dayRange({ month, first, connector, last, year }, match, sentence, context);
  },
};

/** `10 until 16 September`, `between 3 and 9 May 2019`: day first. */
export const dayFirstDayRange: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`(?<![\\w$.,])(${DAY})${TO}(${DAY})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?`, 'g'),
  extract(match, sentence, context) {
    const [, first = '', connector = '', last = '', month = '', year] = match;
    return dayRange({ month, first, connector, last, year }, match, sentence, context);
  },
};
