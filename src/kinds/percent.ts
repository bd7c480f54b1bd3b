/** Percentages: `48.66%`, `12 per cent`, `between 10 and 15 percent`. */
import { compareFigures, figureCloseness, formatRange, type RangeValue } from './figures.js';
import type { KindSpec } from './spec.js';

/** A percentage, 0–100 scale. */
export type PercentValue = RangeValue;

/** Percentages are compared with one another, whatever they are shares of. */
export const percent: KindSpec<PercentValue> = {
  label: 'Percentage',
  unit: () => '%',
  noun: () => '%',
  subject: (_value, nearest) => nearest(),
  closeness: figureCloseness,
  compare: (a, b) => compareFigures(a, b),
  describe: (value) => formatRange(value, '%'),
  align: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: true, unitVouches: true },
  figure: { rank: 3, unit: () => '%' },
};
