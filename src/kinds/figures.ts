/**
 * What the kinds stated by a figure share (money, quantities, percentages, lengths of time): the
 * range value, its precision as written, how near two figures are, whether they can both hold,
 * and how they read.
 */
import { NEAR, OVERLAP, SAME, type Relation, type Stated } from './spec.js';

/**
 * An open bound: `lower` for "more than / at least / over N" (the value is N or more), `upper`
 * for "up to / less than / under N" (N or less). Absent for plain amounts and ranges.
 */
export type Bound = 'lower' | 'upper';

/** The fields shared by every numeric value: a closed range `[min, max]`, one number when equal. */
export interface RangeValue {
  min: number;
  max: number;
  /** True for "about", "nearly", "some", "dozens of", rounded figures stated as such. */
  approximate: boolean;
  /** Set only when the text states an open bound. */
  bound?: Bound;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/**
 * The step of the last digit a figure states: `12.4 billion` → 0.1e9, `48.7` → 0.1, `18%` → 1,
 * `5,000` → 0 (a plain integer count is taken as exact).
 */
export function statedPrecision(text: string): number {
  const match = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?\b/i.exec(text);
  if (!match) return 0;
  const decimals = match[2]?.length ?? 0;
  const scale = match[3] ? (SCALE_WORDS[match[3].toLowerCase()] ?? 1) : 1;
  // A whole percentage is a rounded one (`18%` for 18.3%); a whole count is exact (14 injured).
  const wholePercent = !decimals && /\d\s*(?:%|percent\b|per cent\b)/i.test(text);
  return decimals || scale > 1 ? 10 ** -decimals * scale : wholePercent ? 1 : 0;
}

/** The closeness of two positive magnitudes by their ratio: equal, within 10%, within 50%. */
export function ratioCloseness(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? SAME : 0;
  const ratio = Math.max(a, b) / Math.min(a, b);
  return ratio === 1 ? SAME : ratio <= 1.1 ? OVERLAP : ratio <= 1.5 ? NEAR : 0;
}

/** The closeness of two figures: one figure at two precisions (`48.66` and `48.7`) is the same, else by ratio. */
export function figureCloseness(a: Stated<RangeValue>, b: Stated<RangeValue>): number {
  return roundsAlike(a, b) ? SAME : ratioCloseness(middle(a.value), middle(b.value));
}

/** The middle of a range. */
export function middle(value: RangeValue): number {
  return (value.min + value.max) / 2;
}

/** True when two single figures are one figure at different precision (`48.66` and `48.7`, `$12.4bn` and `$12bn`). */
function roundsAlike(a: Stated<RangeValue>, b: Stated<RangeValue>): boolean {
  const [va, vb] = [a.value, b.value];
  if (va.min !== va.max || vb.min !== vb.max || va.bound || vb.bound) return false;
  const step = Math.max(statedPrecision(a.text), statedPrecision(b.text));
  return step > 0 && Math.abs(va.min - vb.min) <= step / 2 + 1e-9 * Math.abs(va.min);
}

/** How far an "about" figure may stray: 10%. */
const APPROXIMATE = 0.1;

/** Compare two figures, each in its own scale (seconds per unit for lengths of time). */
export function compareFigures(a: Stated<RangeValue>, b: Stated<RangeValue>, scaleA = 1, scaleB = scaleA): Relation {
  const [va, vb] = [a.value, b.value];
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
  const tolerance = Math.max((statedPrecision(text) * scale) / 2, value.approximate ? APPROXIMATE * Math.max(Math.abs(lo), Math.abs(hi)) : 0);
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

/** Numbers as `1,234.5`: US grouping, at most two decimals, whatever the host's locale. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SCALES: ReadonlyArray<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** A number with thousands separators, large amounts in millions/billions (`1.6 billion`). */
export function formatNumber(n: number): string {
  for (const [scale, word] of SCALES) if (Math.abs(n) >= scale) return `${DECIMAL.format(n / scale)} ${word}`;
  return DECIMAL.format(n);
}

/** A numeric range with its qualifiers: `about 5,000`, `1.6–2 billion`, `more than 300`. */
export function formatRange(value: RangeValue, unit = ''): string {
  const same = value.min === value.max;
  let text = same ? formatNumber(value.min) : rangeText(value.min, value.max);
  if (value.bound === 'lower') text = `at least ${text}`;
  else if (value.bound === 'upper') text = `up to ${text}`;
  else if (value.approximate) text = `about ${text}`;
  return unit ? `${text}${unit}` : text;
}

function rangeText(min: number, max: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(min) >= scale && Math.abs(max) >= scale) return `${DECIMAL.format(min / scale)}–${DECIMAL.format(max / scale)} ${word}`;
  }
  return `${DECIMAL.format(min)}–${DECIMAL.format(max)}`;
}
