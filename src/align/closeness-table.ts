/**
 * `closeness` for many pairs of a fixed list of claims: each claim's figures, days and date
 * strings are read once into typed arrays, so that a pair costs a few number comparisons instead
 * of cache lookups by text. Hand-written because alignment scores over a million pairs at 3,000
 * articles; test/align/closeness-table.test.ts checks that it agrees with `closeness` on every pair.
 */
import type { AnyClaim, DateValue, Kind, RangeValue } from '../model.js';
import { DAY_MS, dayTime, NEAR, OVERLAP, ratioCloseness, SAME, SECONDS, statedPrecision } from './closeness.js';

/** How a kind's values are compared: as figures, as lengths of time, as days, or not at all. */
const FIGURE = 1;
const LENGTH = 2;
const DAYS = 3;
const SHAPE: Record<Kind, number> = { money: FIGURE, quantity: FIGURE, percent: FIGURE, duration: LENGTH, date: DAYS, quote: 0, role: 0 };

/** The closeness of claims `a` and `b`, by their positions in the list given to `closenessTable`. */
export type ClosenessOf = (a: number, b: number) => number;

/** Prepare `closeness` for the pairs of `claims`: for two claims of one kind, `table(i, j)` equals `closeness(claims[i], claims[j])`. */
export function closenessTable(claims: readonly AnyClaim[]): ClosenessOf {
  // Typed arrays are filled by loops throughout: `TypedArray.from` with a mapping function is many times slower.
  const n = claims.length;
  const shape = new Uint8Array(n);
  claims.forEach((claim, i) => (shape[i] = SHAPE[claim.kind]));
  // Figures: whether a claim is one figure, its value, its middle (or length in seconds) and stated precision.
  const single = new Uint8Array(n);
  const low = new Float64Array(n);
  const middle = new Float64Array(n);
  const step = new Float64Array(n);
  const days = dateTraits(claims);
  for (const [i, claim] of claims.entries()) {
    if (shape[i] !== FIGURE && shape[i] !== LENGTH) continue;
    const value = claim.value as RangeValue;
    middle[i] = (value.min + value.max) / 2;
    if (claim.kind === 'duration') middle[i] = (middle[i] as number) * SECONDS[claim.value.unit];
    else if (value.min === value.max && !value.bound) {
      single[i] = 1;
      low[i] = value.min;
      step[i] = statedPrecision(claim.text);
    }
  }
  const figures = (a: number, b: number): number => {
    if (single[a] && single[b]) {
      const most = Math.max(step[a] as number, step[b] as number);
      const lowA = low[a] as number;
      if (most > 0 && Math.abs(lowA - (low[b] as number)) <= most / 2 + 1e-9 * Math.abs(lowA)) return SAME;
    }
    return ratioCloseness(middle[a] as number, middle[b] as number);
  };
  return (a, b) => {
    const kind = shape[a];
    return kind === FIGURE ? figures(a, b) : kind === LENGTH ? ratioCloseness(middle[a] as number, middle[b] as number) : kind === DAYS ? days(a, b) : 0;
  };
}

/** `dateCloseness` over ranks: ISO strings compare as their ranks among all the strings compared. */
function dateTraits(claims: readonly AnyClaim[]): ClosenessOf {
  const dates = claims.map((claim) => (claim.kind === 'date' && claim.value.start && claim.value.end ? claim.value : null));
  const iso = ranked(dates, (d) => d);
  // Month and day without the year, for guessed years; only dates within one year that are finer than a year use them.
  const yearless = ranked(dates, (d) => d.slice(5));
  const withinYear = new Uint8Array(dates.length);
  const inferred = new Uint8Array(dates.length);
  const startTime = new Float64Array(dates.length);
  const endTime = new Float64Array(dates.length);
  dates.forEach((d, i) => {
    if (!d) return;
    const [start, end] = [d.start as string, d.end as string];
    withinYear[i] = d.precision !== 'year' && d.precision !== 'decade' && start.slice(0, 4) === end.slice(0, 4) ? 1 : 0;
    inferred[i] = d.inferred ? 1 : 0;
    startTime[i] = dayTime(start);
    endTime[i] = dayTime(end);
  });
  return (a, b) => {
    if (!dates[a] || !dates[b]) return 0;
    const sa = iso.start[a] as number;
    const ea = iso.end[a] as number;
    const sb = iso.start[b] as number;
    const eb = iso.end[b] as number;
    if (sa === sb && ea === eb) return SAME;
    if (sa <= eb && sb <= ea) return OVERLAP;
    if ((inferred[a] || inferred[b]) && withinYear[a] && withinYear[b]) {
      if ((yearless.start[a] as number) <= (yearless.end[b] as number) && (yearless.start[b] as number) <= (yearless.end[a] as number)) return OVERLAP;
    }
    const gap = Math.min(Math.abs((startTime[a] as number) - (endTime[b] as number)), Math.abs((startTime[b] as number) - (endTime[a] as number))) / DAY_MS;
    return gap <= 31 ? NEAR : 0;
  };
}

/**
 * The start and end of each date (through `part`) as ranks among all of them, so that ranks
 * compare as the strings do with `<` and `===`.
 */
function ranked(dates: ReadonlyArray<DateValue | null>, part: (iso: string) => string): { start: Int32Array; end: Int32Array } {
  const texts = new Set<string>();
  for (const date of dates) if (date) texts.add(part(date.start as string)).add(part(date.end as string));
  // The default sort compares UTF-16 code units, as `<` does on strings.
  const ranks = new Map([...texts].sort().map((text, i) => [text, i]));
  const [start, end] = [new Int32Array(dates.length), new Int32Array(dates.length)];
  dates.forEach((date, i) => {
    if (!date) return;
    start[i] = ranks.get(part(date.start as string)) as number;
    end[i] = ranks.get(part(date.end as string)) as number;
  });
  return { start, end };
}
