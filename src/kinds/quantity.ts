/** Counts and measures: `5,000 NATO troops`, `dozens of planes`, `412 km`, `a 44-year-old`. */
import { GENERIC_PEOPLE, INVARIANT_NOUNS, IRREGULAR_PLURALS, PEOPLE_NOUNS } from '../lexicon/nouns.js';
import { conversion, MEASURE_SCALES, MEASURE_UNITS } from '../lexicon/units.js';
import { compareFigures, figureCloseness, formatRange, middle, ratioCloseness, type RangeValue } from './figures.js';
import type { KindSpec, Relation, Stated } from './spec.js';

/** A count of things or a measure. */
export interface QuantityValue extends RangeValue {
  /** The counted noun's lemma (`troop`, `plane`) or the unit (`km`). */
  unit: string;
}

/** The unit of an age: a quantity of years lived, kept apart from durations and counts. */
export const AGE_UNIT = 'year of age';

/** Counted nouns too common to say what a figure counts (`time` as in `three times`). */
const GENERIC_NOUNS: ReadonlySet<string> = new Set([...GENERIC_PEOPLE, AGE_UNIT, 'time']);

/** A counted noun, `person` for every noun that counts people (`protester`, `citizen`, `men`), a measure's dimension (`length` for `km` and `mile`). */
function family(noun: string): string {
  return GENERIC_PEOPLE.has(noun) || PEOPLE_NOUNS.has(noun) ? 'person' : (MEASURE_SCALES[noun]?.dimension ?? noun);
}

/** How far a figure converted from another unit and rounded may stray: 5%. */
const CONVERTED = 0.05;


/** Figures in other units compare converted; one the other rounds after converting (`50 miles`, `80 km`) is compatible. */
function compareQuantities(a: Stated<QuantityValue>, b: Stated<QuantityValue>): Relation {
  const sizes = conversion(a.value.unit, b.value.unit);
  if (!sizes) return compareFigures(a, b);
  const relation = compareFigures(a, b, ...sizes);
  const [ma, mb] = [middle(a.value) * sizes[0], middle(b.value) * sizes[1]];
  if (relation.relation === 'incompatible' && Math.abs(ma - mb) <= CONVERTED * Math.max(ma, mb)) {
    return { relation: 'compatible', why: 'the same figure converted to another unit and rounded' };
  }
  return relation;
}

/**
 * The same specific counted noun says much (`42 miners`), a generic one little. Two nouns of
 * people (`protesters` and `people`, `citizens`) may count one crowd, but the words around them
 * must say so: an equal figure alone must not join `300 workers` and `300 passengers`.
 */
function countedPrior(a: QuantityValue, b: QuantityValue): number {
  if (a.unit === b.unit || conversion(a.unit, b.unit)) return GENERIC_NOUNS.has(a.unit) ? 0.05 : 0.2;
  return GENERIC_NOUNS.has(a.unit) || GENERIC_NOUNS.has(b.unit) ? -0.05 : -0.1;
}

// The first plural listed for a noun is its usual one (`people` before `persons`).
const PLURAL_OF = new Map([...Object.entries(IRREGULAR_PLURALS)].reverse().map(([plural, single]) => [single, plural]));
// Abbreviated measures and signs take no plural: `12 km`, `5 kg`, `90 km/h`.
const ABBREVIATED = new Set(Object.values(MEASURE_UNITS).filter((unit) => unit.length <= 3 || /[^a-z ]/.test(unit)));

/** The plural of a lemma; only the first word of `year of age` changes. */
function plural(unit: string): string {
  const [head = unit, ...rest] = unit.split(' ');
  const many = PLURAL_OF.get(head) ?? (INVARIANT_NOUNS.has(head) ? head : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`);
  return [many, ...rest].join(' ');
}

/** Counts are compared within one family of counted nouns (all nouns of people are one family). */
export const quantity: KindSpec<QuantityValue> = {
  label: 'Quantity',
  unit: (value) => family(value.unit),
  noun: (value) => value.unit,
  subject: (value, nearest) => {
    const words = nearest();
    return words ? `${value.unit} · ${words}` : value.unit;
  },
  closeness: (a, b) => {
    const sizes = conversion(a.value.unit, b.value.unit);
    return sizes ? ratioCloseness(middle(a.value) * sizes[0], middle(b.value) * sizes[1]) : figureCloseness(a, b);
  },
  compare: compareQuantities,
  describe: (value) => {
    const one = value.min === 1 && value.max === 1;
    return formatRange(value, ` ${one || ABBREVIATED.has(value.unit) ? value.unit : plural(value.unit)}`);
  },
  align: { threshold: 0.3, keys: 6, prior: countedPrior, unitKey: true, unitVouches: true },
  figure: { rank: 1, unit: (value) => value.unit },
};
