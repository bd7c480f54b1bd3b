/**
 * A holiday on a fixed day: `Valentine's Day 2013`, `on Christmas Eve`, `on Valentine's Day last
 * year`. chrono-node's English parsers know no holidays.
 */
import { FIXED_HOLIDAYS, MODIFIERS } from '../../lexicon/dates.js';
import type { PatternExtractor, Reference } from '../types.js';
import { type Anchored, anchorYear, type Shift } from './anchor.js';
import { isoDay } from './calendar.js';
import { alternation, anyInitial, YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

// Either apostrophe: `Valentine's`, `Valentine’s`.
const NAMES = alternation(Object.keys(FIXED_HOLIDAYS)).replace(/'/g, "['’]");
const byName = new Map(Object.entries(FIXED_HOLIDAYS).map(([name, day]) => [name.replace(/’/g, "'").toLowerCase(), day]));

/** The holiday's day in a stated year, in a year `last`/`this`/`next` names, or in the year the tense points at. */
export const fixedHoliday: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(${NAMES})(?:,?\\s+(${YEAR})|\\s+(${anyInitial(Object.keys(MODIFIERS))})\\s+year\\b)?`, 'g'),
  extract(match, sentence, context) {
    const [whole, name = '', year, modifier] = match;
    const [month, day] = byName.get(name.replace(/’/g, "'").toLowerCase()) ?? [1, 1];
    if (year) return { value: { start: isoDay(Number(year), month, day), end: isoDay(Number(year), month, day), precision: 'day', inferred: false } };
    const shift: Shift = modifier ? (MODIFIERS[modifier.toLowerCase()] ?? null) : null;
    const tense = tenseAt(sentence.text, match.index, match.index + whole.length);
    const anchored = modifier ? yearOf(shift, context.reference) : anchorYear(month, day, null, tense, context.reference);
    if (!anchored) return null;
    const iso = isoDay(anchored.year, month, day);
    return { value: { start: iso, end: iso, precision: 'day', inferred: anchored.inferred } };
  },
};

/** The year `last`, `this` or `next` year names against the reference. */
function yearOf(shift: Shift, reference: Reference): Anchored | null {
  const year = reference.date ? Number(reference.date.slice(0, 4)) : reference.year;
  return year === null ? null : { year: year + (shift ?? 0), inferred: reference.inferred };
}
