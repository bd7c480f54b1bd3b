/**
 * The claim kinds, one module each: adding a kind is a module of this folder and a line here.
 * The list's order is the report's order of kinds.
 */
import { date } from './date.js';
import { duration } from './duration.js';
import { money } from './money.js';
import { percent } from './percent.js';
import { quantity } from './quantity.js';
import { quote } from './quote.js';
import { role } from './role.js';
import type { KindSpec } from './spec.js';

/** Every kind, by name, in report order. */
export const SPECS = { money, quantity, percent, duration, date, quote, role };

/** The value type of a kind's spec. */
export type ValueOfSpec<S> = S extends KindSpec<infer V> ? V : never;

export type { AlignRule, KindSpec, Relation, Stated } from './spec.js';
export { NEAR, OVERLAP, SAME } from './spec.js';

/** The kinds, by name. */
export type KindName = keyof typeof SPECS;

/** Every kind, in report order. */
export const KINDS = Object.keys(SPECS) as KindName[];

/** A value of any kind. */
export type AnyValue = ValueOfSpec<(typeof SPECS)[KindName]>;

/**
 * The spec of `kind`, for values of any kind: callers pass it values of that kind only (a claim's
 * own value, or two claims of one group).
 */
export function kind(name: KindName): KindSpec<AnyValue> {
  return SPECS[name];
}

/** A claim's value as short text: `USD 12.4 million`, `2021-09-10 to 2021-09-16`. */
export function describe(claim: { kind: KindName; value: AnyValue }): string {
  return kind(claim.kind).describe(claim.value);
}

/** A value as canonical JSON (sorted keys), so that equal values give equal strings. */
export function valueKey(value: AnyValue): string {
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}
