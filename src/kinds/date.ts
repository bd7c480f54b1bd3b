/** Dates: `September 10 until 16`, `last August`, `early 2019`, `the 1990s`, `on Saturday`. */
import { NEAR, OVERLAP, SAME, type KindSpec, type Relation, type Stated } from './spec.js';

/** How precise a date is. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** A day or a span of days, inclusive, as ISO `YYYY-MM-DD`. */
export interface DateValue {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  /** True when the year or anchor was guessed rather than stated. */
  inferred: boolean;
}

/** A date whose days are known. */
type KnownDate = DateValue & { start: string; end: string };

const DAY_MS = 86_400_000;

/** True for a date told in whole years: a year, a decade or a century. */
function isWholeYears(value: DateValue): boolean {
  return value.precision === 'year' || value.precision === 'decade' || value.precision === 'century';
}

function isKnown(value: DateValue): value is KnownDate {
  return value.start !== null && value.end !== null;
}

/** Same days, overlapping days (also once a guessed year is set aside), or within a month of each other at one precision. */
function closeness(a: DateValue, b: DateValue): number {
  if (!isKnown(a) || !isKnown(b)) return 0;
  if (a.start === b.start && a.end === b.end) return SAME;
  if (a.start <= b.end && b.start <= a.end) return OVERLAP;
  if ((a.inferred || b.inferred) && overlapsIgnoringYear(a, b)) return OVERLAP;
  // A month (or coarser) that misses a day is about another time: only dates told alike are near.
  if (a.precision !== b.precision) return 0;
  const gap = Math.min(Math.abs(Date.parse(a.start) - Date.parse(b.end)), Math.abs(Date.parse(b.start) - Date.parse(a.end))) / DAY_MS;
  return gap <= 31 ? NEAR : 0;
}

/** True when two dates within one year, finer than a year, overlap once the year is set aside (for guessed years). */
function overlapsIgnoringYear(a: KnownDate, b: KnownDate): boolean {
  // A whole year (or decade) says nothing about days: `2016` is not the days of `February 6`.
  if ([a, b].some(isWholeYears)) return false;
  if (a.start.slice(0, 4) !== a.end.slice(0, 4) || b.start.slice(0, 4) !== b.end.slice(0, 4)) return false;
  return a.start.slice(5) <= b.end.slice(5) && b.start.slice(5) <= a.end.slice(5);
}

/**
 * True when a date's days are themselves a guess: a day named without a number (`Tuesday`,
 * `yesterday`) read against a guessed publication day. Only a stated day can conflict.
 */
function isGuessedDay({ value, text }: Stated<DateValue>): boolean {
  return value.inferred && value.precision === 'day' && !/\d/.test(text);
}

function compare(a: Stated<DateValue>, b: Stated<DateValue>): Relation {
  const relation = compareValues(a.value, b.value);
  if (relation.relation === 'incompatible' && (isGuessedDay(a) || isGuessedDay(b))) {
    return { relation: 'compatible', why: 'a day was read against a guessed publication day' };
  }
  return relation;
}

function compareValues(a: DateValue, b: DateValue): Relation {
  if (!isKnown(a) || !isKnown(b)) return { relation: 'compatible', why: 'one date is not known to the day' };
  const direct = compareKnown(a, b);
  if (direct.relation !== 'incompatible' || !(a.inferred || b.inferred)) return direct;
  // Only a guessed year keeps them apart: move the guessed date into the other's year.
  const [guessed, stated] = a.inferred ? [a, b] : [b, a];
  const shifted = inYearOf(guessed, stated.start.slice(0, 4));
  if (shifted && compareKnown(stated, shifted).relation !== 'incompatible') return { relation: 'compatible', why: 'same days, but a year was inferred' };
  return direct;
}

function compareKnown(a: KnownDate, b: KnownDate): Relation {
  if (a.start === b.start && a.end === b.end) return { relation: 'equal', why: 'same date' };
  if (contains(a, b) || contains(b, a)) return { relation: 'compatible', why: 'one date lies within the other' };
  // Spans stated to the day must match: `September 10 until 16` and `12 until 18` conflict.
  const coarse = a.precision !== 'day' || b.precision !== 'day';
  if (coarse && a.start <= b.end && b.start <= a.end) return { relation: 'compatible', why: 'the dates overlap at the precision stated' };
  return { relation: 'incompatible', why: 'the dates do not match' };
}

/** The same days in another year, for a date within one year; null otherwise. */
function inYearOf(value: KnownDate, year: string): KnownDate | null {
  if (value.start.slice(0, 4) !== value.end.slice(0, 4)) return null;
  return { ...value, start: `${year}${value.start.slice(4)}`, end: `${year}${value.end.slice(4)}` };
}

/** True when `outer` holds all of `inner`. */
function contains(outer: KnownDate, inner: KnownDate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A date at its precision: `2021-09-09`, `2021-02`, `2021`, or a span of days. */
export function formatDate(value: DateValue): string {
  if (!isKnown(value)) return 'date unknown';
  const { start, end, precision } = value;
  let text: string;
  if (start === end) text = start;
  else if (precision === 'month' && start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) text = start.slice(0, 7);
  else if (precision === 'year' && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) text = start.slice(0, 4);
  else text = `${start} to ${end}`;
  return value.inferred ? `${text} (year inferred)` : text;
}

/**
 * The months a date starts and ends in, with and without the year (a guessed year must not keep
 * the same days apart), so that near dates meet whatever their words; a whole year is its year.
 */
function monthKeys(value: DateValue): string[] {
  if (!isKnown(value)) return [];
  if (isWholeYears(value)) return [`${value.start.slice(0, 4)}/${value.precision}`];
  return [...new Set([value.start.slice(0, 7), value.end.slice(0, 7), value.start.slice(4, 7), value.end.slice(4, 7)])];
}

/** Dates are compared with every other date: a story's dates crowd into a few weeks, so near days need words in common. */
export const date: KindSpec<DateValue> = {
  label: 'Date',
  unit: () => '',
  noun: () => '',
  subject: (_value, nearest) => nearest(),
  closeness: (a, b) => closeness(a.value, b.value),
  compare,
  describe: formatDate,
  align: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: false, unitVouches: false, valueKeys: monthKeys },
};
