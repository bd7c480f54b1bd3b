/** Money: `$350 million`, `between €1.6bn and €2bn`, `millions of dollars`. */
import { compareFigures, figureCloseness, formatRange, type RangeValue } from './figures.js';
import type { KindSpec } from './spec.js';

/** An amount of money; one amount has `min === max`. Amounts are in units (not millions). */
export interface MoneyValue extends RangeValue {
  /** ISO 4217 code, e.g. `USD`. */
  currency: string;
}

/** Money is compared within one currency. */
export const money: KindSpec<MoneyValue> = {
  label: 'Money',
  unit: (value) => value.currency,
  noun: (value) => value.currency,
  subject: (_value, nearest) => nearest(),
  closeness: figureCloseness,
  compare: (a, b) => compareFigures(a, b),
  describe: (value) => `${value.currency} ${formatRange(value)}`,
  align: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true, unitVouches: true },
  figure: { rank: 4, unit: (value) => value.currency },
};
