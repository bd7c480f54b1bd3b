/**
 * A part of a period named relative to the publication: `later this month`, `earlier this
 * year`, `the end of the month`, `late last year`, `early next week`. chrono-node reads only
 * `this month` (or nothing); the part narrows the span.
 */
import { MODIFIERS, MONTH_PARTS, WEEK_PARTS, YEAR_PARTS } from '../../lexicon/dates.js';
import type { DateValue } from '../../model.js';
import type { PatternExtractor, Reference } from '../types.js';
import { spanValue, yearsValue } from './anchor.js';
import { addDays, partsOf, weekdayOf } from './calendar.js';
import { anyInitial } from './patterns.js';

type Unit = 'week' | 'month' | 'year';
const PARTS: Readonly<Record<Unit, Readonly<Record<string, readonly [number, number]>>>> = {
  week: WEEK_PARTS, month: MONTH_PARTS, year: YEAR_PARTS,
};
const PART_WORDS = new Set(['later', 'earlier', ...Object.keys(WEEK_PARTS), ...Object.keys(MONTH_PARTS), ...Object.keys(YEAR_PARTS)]);

/** A part of this, last or next week, month or year; weeks and months need a publication date. */
export const relativePeriod: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(${anyInitial(PART_WORDS)})\\s+(${anyInitial(Object.keys(MODIFIERS))}|the)\\s+(week|month|year)\\b`, 'g'),
  extract(match, _sentence, context) {
    const [, part = '', modifier = '', unit = ''] = match;
    const shift = MODIFIERS[modifier.toLowerCase()] ?? 0;
    const value = periodValue(part.toLowerCase().replace(/\s+/g, ' '), shift, unit as Unit, context.reference);
    return value ? { value } : null;
  },
};

function periodValue(part: string, shift: number, unit: Unit, reference: Reference): DateValue | null {
  const [first, last] = PARTS[unit][part] ?? [0, 0];
  const whole = first === 0;
  if (!reference.date) {
    if (unit !== 'year' || reference.year === null) return null;
    const year = reference.year + shift;
    return whole ? yearsValue(year, year, 'year', true) : spanValue(year, [first, 1], [last, 31], 'season', true);
  }
  const today = reference.date;
  const [y0, m0] = partsOf(today);
  let value: DateValue;
  if (unit === 'week') {
    const monday = addDays(today, 7 * shift - ((weekdayOf(today) + 6) % 7));
    value = { start: addDays(monday, whole ? 0 : first - 1), end: addDays(monday, whole ? 6 : last - 1), precision: 'day', inferred: reference.inferred };
  } else if (unit === 'month') {
    const month = (((m0 - 1 + shift) % 12) + 12) % 12 + 1;
    const year = y0 + Math.floor((m0 - 1 + shift) / 12);
    value = spanValue(year, [month, whole ? 1 : first], [month, whole ? 31 : last], 'month', reference.inferred);
  } else {
    value = whole ? yearsValue(y0 + shift, y0 + shift, 'year', reference.inferred) : spanValue(y0 + shift, [first, 1], [last, 31], 'season', reference.inferred);
  }
  // `later this month` runs from the publication day on, `earlier this year` up to it.
  if (shift === 0 && part === 'later') value.start = today;
  if (shift === 0 && part === 'earlier') value.end = today;
  return value;
}

