/**
 * Anchoring dates whose year the text leaves out, and building their values.
 *
 * Choice for `inferred`: a year taken from the publication date is not inferred (the date
 * implies it); a year taken from the reference year alone (which came from the text's own
 * years) is. So `inferred` = the year is not in the date text and no publication date is known.
 */
import type { DatePrecision, DateValue } from '../../model.js';
import type { Reference } from '../types.js';
import { addDays, isoDay, partsOf } from './calendar.js';
import type { Tense } from './tense.js';

/** A relative modifier: −1 for `last`, 0 for `this`, +1 for `next`, null when there is none. */
export type Shift = -1 | 0 | 1 | null;

/** A chosen year and whether it was guessed. */
export interface Anchored {
  year: number;
  inferred: boolean;
}

/** A month (1–12) and day; day 31 stands for the month's last day. */
export type MonthDay = readonly [number, number];

/**
 * The year of a month (and day, when given) stated without one. Against a publication date:
 * `last` is the latest such month strictly before it, `next` the first strictly after, future
 * tense the first on or after, past tense the latest on or before (a day may fall a few days
 * after: see `PAST_GRACE_DAYS`), and no cue the closest one.
 * Against a reference year alone: that year, shifted by the modifier. Null when there is neither.
 */
export function anchorYear(month: number, day: number | null, shift: Shift, tense: Tense, reference: Reference): Anchored | null {
  if (reference.date) {
    const [y0, m0, d0] = partsOf(reference.date);
    const order = Math.sign(month - m0) || (day === null ? 0 : Math.sign(day - d0));
    if (shift === -1) return { year: order < 0 ? y0 : y0 - 1, inferred: reference.inferred };
    if (shift === 1) return { year: order > 0 ? y0 : y0 + 1, inferred: reference.inferred };
    if (shift === 0) return { year: y0, inferred: reference.inferred };
    if (tense === 'future') return { year: order >= 0 ? y0 : y0 + 1, inferred: reference.inferred };
    if (tense === 'past' && day !== null) return { year: pastYear(month, day, reference.date), inferred: reference.inferred };
    if (tense === 'past') return { year: order <= 0 ? y0 : y0 - 1, inferred: reference.inferred };
    return { year: closestYear(month, day ?? 15, reference.date), inferred: reference.inferred };
  }
  if (reference.year === null) return null;
  return { year: reference.year + (shift ?? 0), inferred: true };
}

/**
 * The value from month-day `from` to month-day `to` of `year` (running into the next year when
 * `to` comes first, as in winter); start and end are null when the year is unknown.
 */
export function spanValue(year: number | null, from: MonthDay, to: MonthDay, precision: DatePrecision, inferred: boolean): DateValue {
  if (year === null) return { start: null, end: null, precision, inferred: true };
  const wraps = to[0] < from[0] || (to[0] === from[0] && to[1] < from[1]);
  return { start: isoDay(year, from[0], from[1]), end: isoDay(year + (wraps ? 1 : 0), to[0], to[1]), precision, inferred };
}

/** The value of whole years `from` to `to`. */
export function yearsValue(from: number, to: number, precision: DatePrecision, inferred: boolean): DateValue {
  return { start: isoDay(from, 1, 1), end: isoDay(to, 12, 31), precision, inferred };
}

/**
 * Days after the publication stamp that a past day may still fall on: stamps lag updates and
 * time zones, and a day a few days ahead is far likelier than the same day a year before.
 */
const PAST_GRACE_DAYS = 7;

/** The year of the latest month-day on or before the publication day plus the grace. */
function pastYear(month: number, day: number, reference: string): number {
  const [y1, m1, d1] = partsOf(addDays(reference, PAST_GRACE_DAYS));
  return month < m1 || (month === m1 && day <= d1) ? y1 : y1 - 1;
}

function closestYear(month: number, day: number, reference: string): number {
  const [y0] = partsOf(reference);
  const at = Date.parse(reference);
  const distance = (year: number): number => Math.abs(Date.parse(isoDay(year, month, day)) - at);
  return [y0, y0 - 1, y0 + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}
