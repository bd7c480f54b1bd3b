/** Bare years and year ranges after a preposition: `in 2014`, `since 2019`, `from 2014 to 2016`. chrono-node reads none. */
import { YEAR_PREPOSITIONS } from '../../lexicon/dates.js';
import type { Found, PatternExtractor } from '../types.js';
import { yearsValue } from './anchor.js';
import { anyInitial, YEAR } from './patterns.js';

// A plural noun right after the number makes it a count: `up to 2000 troops`.
const COUNTED_NOUN = /^\s+[a-z]+[^aiosu\W]s\b/;

/** A year (or a range of years) that a preposition marks as a time, precision year. */
export const bareYear: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(
    `\\b(${anyInitial(YEAR_PREPOSITIONS)})\\s+(?:the\\s+year\\s+)?(${YEAR})(?:\\s*(-|–|to|and|until|till|through)\\s*(${YEAR}))?(?!\\s*%)`,
    'g',
  ),
  extract(match, sentence) {
    const [whole, preposition = '', first = '', connector, last] = match;
    const end = match.index + whole.length;
    if (COUNTED_NOUN.test(sentence.text.slice(end))) return null;
    const start = match.index + whole.indexOf(first);
    // `in 2014 and 2016` names two years; only `between` makes `and` a range.
    if (last && connector === 'and' && preposition.toLowerCase() !== 'between') {
      const second = match.index + whole.lastIndexOf(last);
      return [year(first, first, start, start + first.length), year(last, last, second, end)];
    }
    return Number(last ?? first) < Number(first) ? null : year(first, last ?? first, start, end);
  },
};

function year(from: string, to: string, start: number, end: number): Found<'date'> {
  return { value: yearsValue(Number(from), Number(to), 'year', false), start, end };
}
