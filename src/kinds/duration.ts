/** Lengths of time: `45-50 minutes`, `an eight-hour meeting`, `two decades`. */
import { compareFigures, formatRange, middle, ratioCloseness, type RangeValue } from './figures.js';
import type { KindSpec, Relation, Stated } from './spec.js';

/** The units a duration is expressed in. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A length of time, in `unit`s. */
export interface DurationValue extends RangeValue {
  unit: DurationUnit;
}

/** Seconds in each duration unit (a month is 30.44 days, a year 365.25). */
export const SECONDS: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 };

/** How far a whole number of a coarser unit may round: half that unit, and at most 10% of the length. */
const ROUNDING = 0.1;

/**
 * Compare two lengths of time in seconds. A whole number of a coarser unit may be a rounding of a
 * length told in a finer one: `six weeks` and `40 days`, not `a day` and `31 hours`.
 */
function compareDurations(a: Stated<DurationValue>, b: Stated<DurationValue>): Relation {
  const relation = compareFigures(a, b, SECONDS[a.value.unit], SECONDS[b.value.unit]);
  if (relation.relation !== 'incompatible' || a.value.unit === b.value.unit) return relation;
  const [coarse, fine] = SECONDS[a.value.unit] > SECONDS[b.value.unit] ? [a.value, b.value] : [b.value, a.value];
  if (coarse.bound || coarse.approximate || !Number.isInteger(coarse.min) || !Number.isInteger(coarse.max)) return relation;
  const size = SECONDS[coarse.unit];
  const slack = Math.min(size / 2, ROUNDING * coarse.max * size);
  const rounds = fine.min * SECONDS[fine.unit] <= coarse.max * size + slack && coarse.min * size - slack <= fine.max * SECONDS[fine.unit];
  return rounds ? { relation: 'compatible', why: `a whole number of ${coarse.unit}s that rounds the other` } : relation;
}

/** Lengths of time are compared in seconds, whatever unit each is written in. */
export const duration: KindSpec<DurationValue> = {
  label: 'Duration',
  unit: () => 'time',
  noun: () => 'time',
  subject: (_value, nearest) => nearest(),
  closeness: (a, b) => ratioCloseness(middle(a.value) * SECONDS[a.value.unit], middle(b.value) * SECONDS[b.value.unit]),
  compare: compareDurations,
  describe: (value) => formatRange(value, ` ${value.max === 1 && value.min === 1 ? value.unit : `${value.unit}s`}`),
  align: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true, unitVouches: true },
  figure: { rank: 2, unit: (value) => value.unit },
};
