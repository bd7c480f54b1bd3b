/**
 * Years with no preposition: a span of years (`the 1992-1995 war`, `2009–2015 models`) and a year
 * that names an event after a determiner (`the 1995 massacre`, `Bosnia's 1934 earthquake`).
 * chrono-node reads neither; `bareYear` needs a preposition.
 */
import { YEAR_DETERMINERS } from '../../lexicon/dates.js';
import { DURATION_UNITS, MEASURE_UNITS } from '../../lexicon/units.js';
import type { PatternExtractor } from '../types.js';
import { yearsValue } from './anchor.js';
import { anyInitial, YEAR } from './patterns.js';

const DETERMINER = `(?:\\b(?:${anyInitial(YEAR_DETERMINERS)})|['’]s)\\s+`;
// A lowercase word after the year, read as the noun it dates.
const NEXT_WORD = /^\s+([a-z]+)\b/;
// A plural noun after a lone number makes it a count (`the 2000 troops`); a unit, a measure (`a 1500 km border`).
const COUNTED_NOUN = /[^aiosu]s$/;
/** The longest span of years read as one period (a wider one is more likely two numbers). */
const MAX_SPAN_YEARS = 100;

/** A year span (precision year), or one year after a determiner and before a lowercase noun. */
export const yearOfEvent: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`(${DETERMINER})?(${YEAR})(?:\\s*[-–]\\s*(${YEAR}))?(?![-–]\\d)`, 'g'),
  extract(match, sentence) {
    const [whole, determiner = '', first = '', last] = match;
    const start = match.index + determiner.length;
    const value = (to: string) => yearsValue(Number(first), Number(to), 'year', false);
    if (last) {
      const span = Number(last) - Number(first);
      return span > 0 && span <= MAX_SPAN_YEARS ? { value: value(last), start } : null;
    }
    const noun = NEXT_WORD.exec(sentence.text.slice(match.index + whole.length))?.[1];
    if (!determiner || !noun || COUNTED_NOUN.test(noun) || noun in MEASURE_UNITS || noun in DURATION_UNITS) return null;
    return { value: value(first), start };
  },
};
