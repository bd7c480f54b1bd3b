/** Lengths of time: `45-50 minutes`, `an eight-hour meeting`, `two decades`. */
import { compareFigures, formatRange, middle, ratioCloseness, type RangeValue } from './figures.js';
import type { KindSpec } from './spec.js';

/** The units a duration is expressed in. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A length of time, in `unit`s. */
export interface DurationValue extends RangeValue {
  unit: DurationUnit;
}

/** Seconds in each duration unit (a month is 30.44 days, a year 365.25). */
export const SECONDS: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 };

/** Lengths of time are compared in seconds, whatever unit each is written in. */
export const duration: KindSpec<DurationValue> = {
  label: 'Duration',
  unit: () => 'time',
  noun: () => 'time',
  subject: (_value, nearest) => nearest(),
  closeness: (a, b) => ratioCloseness(middle(a.value) * SECONDS[a.value.unit], middle(b.value) * SECONDS[b.value.unit]),
  compare: (a, b) => compareFigures(a, b, SECONDS[a.value.unit], SECONDS[b.value.unit]),
  describe: (value) => formatRange(value, ` ${value.max === 1 && value.min === 1 ? value.unit : `${value.unit}s`}`),
  align: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true, unitVouches: true },
  figure: { rank: 2, unit: (value) => value.unit },
};
