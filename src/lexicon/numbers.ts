/**
 * Number words, scales and the cue words around a figure, for the number extractors. All keys
 * are lowercase; multi-word cues are separated by single spaces.
 */
import type { Bound } from '../model.js';

/** Written numbers below a hundred that combine (`forty-five`, `twenty one`). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words, written after a number with or without a space (`1.6 billion`, `€746million`, `Rs 615 crore`). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9,
  trillion: 1e12,
};

/**
 * Scale abbreviations, written against the digits (`40k`, `€3m`, `$12bn`). `m` means million, never
 * metre, when written against the digits: metres need a space (`12 m`) or the word.
 */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12,
};

/** Scale abbreviations that may also stand after a space (`$12 bn`). */
export const SPACED_SCALE_ABBREVIATIONS: readonly string[] = ['bn', 'mn', 'mln', 'tn'];

/** Words before a figure that make it approximate. */
export const APPROXIMATE_CUES: readonly string[] = [
  'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'an estimated', 'estimated',
  'approximately', 'approx.', 'close to', 'circa', 'just over', 'just under', 'as many as',
];

/** Words before a figure that state an open bound: the value is at least (`lower`) or at most (`upper`) it. */
export const BOUND_CUES: Readonly<Record<string, Bound>> = {
  'more than': 'lower', over: 'lower', 'at least': 'lower', 'upwards of': 'lower', 'in excess of': 'lower',
  'no less than': 'lower', 'not less than': 'lower', above: 'lower', 'just over': 'lower',
  'up to': 'upper', 'less than': 'upper', 'fewer than': 'upper', under: 'upper', 'at most': 'upper',
  'no more than': 'upper', 'not more than': 'upper', below: 'upper', 'just under': 'upper', 'as many as': 'upper',
  // "Nearly 400,000" falls short of 400,000: close to it (approximate) and below it.
  nearly: 'upper', almost: 'upper',
  // Comparatives bound a measure the same way: `faster than 100 mph`, `longer than 20 km`.
  'faster than': 'lower', 'higher than': 'lower', 'greater than': 'lower', 'larger than': 'lower',
  'longer than': 'lower', 'slower than': 'upper', 'lower than': 'upper', 'smaller than': 'upper', 'shorter than': 'upper',
};

/**
 * Vague multiples before a counted noun, read as approximate ranges: from two of the base to just
 * below ten times it (`hundreds of` = 200–999); `dozens of` stops at 99, where one would say
 * "a hundred". `a dozen` is twelve, stated loosely.
 */
export const VAGUE_MULTIPLES: Readonly<Record<string, { min: number; max: number }>> = {
  'a dozen': { min: 12, max: 12 },
  'dozens of': { min: 24, max: 99 },
  'hundreds of': { min: 200, max: 999 },
  'thousands of': { min: 2_000, max: 9_999 },
  'tens of thousands of': { min: 20_000, max: 99_999 },
  'hundreds of thousands of': { min: 200_000, max: 999_999 },
  'millions of': { min: 2_000_000, max: 9_999_999 },
  'tens of millions of': { min: 20_000_000, max: 99_999_999 },
  'hundreds of millions of': { min: 200_000_000, max: 999_999_999 },
  'billions of': { min: 2e9, max: 9_999_999_999 },
  'tens of billions of': { min: 2e10, max: 99_999_999_999 },
  'hundreds of billions of': { min: 2e11, max: 999_999_999_999 },
};

/** Words before a written number that make it a reference, not a count (`the two countries`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'no', 'any', 'each', 'every', 'which',
]);

/** Month and weekday names: a number next to one is a day of a date, not a count. */
export { CALENDAR_WORDS } from './dates.js';

/** Words before `a`, `an` or `one` and a time unit that make it a length of time (`for a year`). */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for', 'over', 'within', 'in', 'after', 'during', 'than', 'past', 'last', 'next', 'first',
  'lasting', 'spanning', 'took', 'takes', 'spent', 'spend',
]);

/**
 * Verbs after which a figure counts people with the noun left out (`injured more than 60`): the
 * noun is taken from a parallel figure in the sentence, else `person`.
 */
export const CASUALTY_VERBS: readonly string[] = [
  'killed', 'injured', 'wounded', 'hurt', 'rescued', 'evacuated', 'arrested', 'detained', 'displaced',
  'killing', 'injuring', 'wounding', 'hurting', 'rescuing', 'evacuating', 'arresting', 'detaining', 'displacing',
];

/** Verbs that grant or need a length of time through an object: `gives it a year`, `gave them a week`. */
export const SPAN_VERBS: ReadonlySet<string> = new Set([
  'give', 'gives', 'gave', 'given', 'giving', 'grant', 'grants', 'granted', 'allow', 'allows', 'allowed',
  'need', 'needs', 'needed', 'lasted', 'lasts', 'waited', 'wait',
]);

/** Object pronouns between a span verb and its length of time (`give it a year`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you']);

/** Words before `a`/`an` and a time unit that make it a rate, not a length (`once a year`). */
export const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'times', 'per']);
