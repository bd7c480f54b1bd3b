/**
 * How two values of one kind relate: `equal`, `compatible` (both can hold: a range containing a
 * point, a rounded or approximate figure, a day inside a month, an excerpt of a quote) or
 * `incompatible` (they cannot both be true).
 */
import { SECONDS, statedPrecision } from '../align/closeness.js';
import { personKey } from '../align/features.js';
import type { AnyClaim, DateValue, DurationUnit, Kind, QuoteValue, RangeValue, RoleValue } from '../model.js';
import { compareTitles } from './roles.js';
import { wordChanges } from './word-changes.js';
import { fitAroundEllipses, isElidedExcerpt, isExcerpt, quoteTokens } from './quote-words.js';

/** The relation of two claims' values, with a few words on why. */
export interface Relation {
  relation: 'equal' | 'compatible' | 'incompatible';
  why: string;
}

/** How far an "about" figure may stray: 10%. */
const APPROXIMATE = 0.1;

const COMPARE: Record<Kind, (a: AnyClaim, b: AnyClaim) => Relation> = {
  money: (a, b) => compareRanges(a, b, 1),
  quantity: (a, b) => compareRanges(a, b, 1),
  percent: (a, b) => compareRanges(a, b, 1),
  duration: (a, b) => compareRanges(a, b, SECONDS[(a.value as { unit: DurationUnit }).unit], SECONDS[(b.value as { unit: DurationUnit }).unit]),
  date: (a, b) => compareDates(a.value as DateValue, b.value as DateValue),
  quote: (a, b) => compareQuotes(a.value as QuoteValue, b.value as QuoteValue),
  role: (a, b) => compareRoles(a.value as RoleValue, b.value as RoleValue),
};

/** Compare two claims of the same kind. */
export function compare(a: AnyClaim, b: AnyClaim): Relation {
  return COMPARE[a.kind](a, b);
}

function compareRanges(a: AnyClaim, b: AnyClaim, scaleA: number, scaleB = scaleA): Relation {
  const va = a.value as RangeValue;
  const vb = b.value as RangeValue;
  if (va.min * scaleA === vb.min * scaleB && va.max * scaleA === vb.max * scaleB && va.approximate === vb.approximate && va.bound === vb.bound) {
    return { relation: 'equal', why: 'same value' };
  }
  const [loA, hiA] = interval(va, a.text, scaleA);
  const [loB, hiB] = interval(vb, b.text, scaleB);
  if (loA <= hiB && loB <= hiA) return { relation: 'compatible', why: compatibleWhy(va, vb) };
  return { relation: 'incompatible', why: 'the figures differ' };
}

/** The interval a stated figure allows: its range, widened by its bound, "about" or rounding. */
function interval(value: RangeValue, text: string, scale: number): [number, number] {
  let lo = value.min * scale;
  let hi = value.max * scale;
  const tolerance = Math.max(statedPrecision(text) * scale / 2, value.approximate ? APPROXIMATE * Math.max(Math.abs(lo), Math.abs(hi)) : 0);
  if (value.bound === 'lower') hi = Infinity;
  if (value.bound === 'upper') lo = -Infinity;
  return [lo - tolerance, hi + tolerance];
}


function compatibleWhy(a: RangeValue, b: RangeValue): string {
  if (a.bound || b.bound) return 'a bound that the other figure meets';
  if (a.approximate || b.approximate) return 'an approximate figure close to the other';
  if (a.min !== a.max || b.min !== b.max) return 'a range that holds the other figure';
  return 'the same figure at different precision';
}

function compareDates(a: DateValue, b: DateValue): Relation {
  if (!a.start || !a.end || !b.start || !b.end) return { relation: 'compatible', why: 'one date is not known to the day' };
  const direct = compareKnownDates(a, b);
  if (direct.relation !== 'incompatible' || !(a.inferred || b.inferred)) return direct;
  // Only a guessed year keeps them apart: move the guessed date into the other's year.
  const [guessed, stated] = a.inferred ? [a, b] : [b, a];
  if (stated.precision === 'year' || stated.precision === 'decade') return direct;
  const shifted = inYearOf(guessed, (stated.start as string).slice(0, 4));
  if (shifted && compareKnownDates(stated, shifted).relation !== 'incompatible') return { relation: 'compatible', why: 'same days, but a year was inferred' };
  return direct;
}

function compareKnownDates(a: DateValue, b: DateValue): Relation {
  if (a.start === b.start && a.end === b.end) return { relation: 'equal', why: 'same date' };
  if (contains(a, b) || contains(b, a)) return { relation: 'compatible', why: 'one date lies within the other' };
  // Spans stated to the day must match: `September 10 until 16` and `12 until 18` conflict.
  const coarse = a.precision !== 'day' || b.precision !== 'day';
  if (coarse && (a.start as string) <= (b.end as string) && (b.start as string) <= (a.end as string)) return { relation: 'compatible', why: 'the dates overlap at the precision stated' };
  return { relation: 'incompatible', why: 'the dates do not match' };
}

/** The same days in another year, for a date within one year; null otherwise. */
function inYearOf(value: DateValue, year: string): DateValue | null {
  if (!value.start || !value.end || value.start.slice(0, 4) !== value.end.slice(0, 4)) return null;
  return { ...value, start: `${year}${value.start.slice(4)}`, end: `${year}${value.end.slice(4)}` };
}

/** True when `outer` holds all of `inner`. */
function contains(outer: DateValue, inner: DateValue): boolean {
  return (outer.start as string) <= (inner.start as string) && (inner.end as string) <= (outer.end as string);
}

function compareQuotes(a: QuoteValue, b: QuoteValue): Relation {
  if (a.speaker && b.speaker && personKey(a.speaker) !== personKey(b.speaker)) return { relation: 'incompatible', why: `attributed to ${a.speaker} and to ${b.speaker}` };
  const ta = quoteTokens(a.words);
  const tb = quoteTokens(b.words);
  if (ta.join(' ') === tb.join(' ')) return { relation: 'equal', why: a.words === b.words ? 'same words' : 'same words, typography differs' };
  if (isExcerpt(ta, tb) || isExcerpt(tb, ta) || isElidedExcerpt(a.words, tb) || isElidedExcerpt(b.words, ta) || fitAroundEllipses(a.words, b.words)) return { relation: 'compatible', why: 'one quote is an excerpt of the other' };
  return { relation: 'incompatible', why: `the quoted words differ: ${wordChanges(ta, tb)}` };
}

function compareRoles(a: RoleValue, b: RoleValue): Relation {
  return compareTitles(a.role, b.role);
}
