/** Turn one chrono-node result into a date value, with our own rules for years and anchors. */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision, DateValue } from '../../model.js';
import type { Reference } from '../types.js';
import { anchorYear, spanValue, yearsValue } from './anchor.js';
import { addDays, isoDay, weekdayOf } from './calendar.js';
import type { Tense } from './tense.js';

/** What the scanner learned from the result's text. */
export interface ResultText {
  /** The trimmed date words. */
  text: string;
  /** True when a year is written in `text` (chrono also takes `August 9, 12 soldiers` for 2012). */
  yearStated: boolean;
  /** True when `text` names a month or is a numeric date: not relative to the anchor. */
  absolute: boolean;
  tense: Tense;
}

const COARSER: readonly DatePrecision[] = ['day', 'month', 'season', 'year', 'decade', 'century'];

/** The value of a chrono result, or null when its anchor is unknown (`yesterday` without a publication date). */
export function chronoValue(result: ParsedResult, found: ResultText, reference: Reference): DateValue | null {
  if (found.absolute) return absoluteValue(result, found, reference);
  const start = relativeValue(result.start, found, reference);
  const end = result.end ? relativeValue(result.end, found, reference) : start;
  if (!start || !end) return null;
  const precision = COARSER[Math.max(COARSER.indexOf(start.precision), COARSER.indexOf(end.precision))] ?? 'day';
  return { start: start.start, end: end.end, precision, inferred: start.inferred || end.inferred };
}

function absoluteValue({ start, end }: ParsedResult, found: ResultText, reference: Reference): DateValue | null {
  const precision: DatePrecision = start.isCertain('day') ? 'day' : 'month';
  const last = end ?? start;
  const from = [start.get('month') ?? 1, start.get('day') ?? 1] as const;
  const to = [last.get('month') ?? 12, precision === 'day' ? (last.get('day') ?? 31) : 31] as const;
  if (found.yearStated) {
    // chrono's range refiners give a year-less end the stated year, moved past the start if needed.
    const year = start.get('year') ?? 0;
    return { start: isoDay(year, ...from), end: isoDay(last.get('year') ?? year, ...to), precision, inferred: false };
  }
  const anchored = anchorYear(from[0], precision === 'day' ? from[1] : null, null, found.tense, reference);
  return spanValue(anchored?.year ?? null, from, to, precision, anchored?.inferred ?? true);
}

function relativeValue(components: ParsedComponents, found: ResultText, reference: Reference): DateValue | null {
  if (isOnlyWeekday(components)) return weekdayValue(components.get('weekday') ?? 0, found, reference);
  const unit = /\bweeks?\b/i.test(found.text) ? 'week'
    : components.isCertain('day') ? 'day' : components.isCertain('month') ? 'month' : components.isCertain('year') ? 'year' : null;
  // Days, weeks and months need the publication day; a year offset works from the reference year.
  if (unit === null || (unit !== 'year' && !reference.date) || reference.year === null) return null;
  const inferred = !reference.date || reference.inferred;
  const [y, m, d] = [components.get('year') ?? 0, components.get('month') ?? 1, components.get('day') ?? 1];
  if (unit === 'year') return yearsValue(y, y, 'year', inferred);
  if (unit === 'month') return spanValue(y, [m, 1], [m, 31], 'month', inferred);
  // chrono puts `this week` on its Sunday, the end of the week before ours.
  const day = /\bthis\s+week\b/i.test(found.text) && reference.date ? reference.date : isoDay(y, m, d);
  if (unit === 'day') return { start: day, end: day, precision: 'day', inferred };
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { start: monday, end: addDays(monday, 6), precision: 'day', inferred };
}

/**
 * A weekday against the publication day: `last` strictly before, `next` strictly after, else
 * the future tense takes the next one on or after and any other the latest one on or before.
 * Without a publication day the day cannot be known, and a weekday that says no more than a
 * year is no claim worth comparing: null.
 */
function weekdayValue(weekday: number, found: ResultText, reference: Reference): DateValue | null {
  if (!reference.date) return null;
  const from = weekdayOf(reference.date);
  const modifier = /^(last|past|next)\b/i.exec(found.text)?.[1]?.toLowerCase();
  const offset = modifier === 'next' ? ((weekday - from + 6) % 7) + 1
    : modifier ? -(((from - weekday + 6) % 7) + 1)
      : found.tense === 'future' ? (weekday - from + 7) % 7 : -((from - weekday + 7) % 7);
  const day = addDays(reference.date, offset);
  if (!/weekend/i.test(found.text)) return { start: day, end: day, precision: 'day', inferred: reference.inferred };
  // chrono reads a weekend as its Saturday (coming) or Sunday (past): widen it to both days.
  const saturday = weekdayOf(day) === 0 ? addDays(day, -1) : day;
  return { start: saturday, end: addDays(saturday, 1), precision: 'day', inferred: reference.inferred };
}

function isOnlyWeekday(components: ParsedComponents): boolean {
  return components.isCertain('weekday') && !components.isCertain('day') && !components.isCertain('month');
}
