/**
 * Counts of people a toll states without a noun of its own: `the death toll rose to 13`, `the
 * toll in Nepal had reached 1,394`, `the official death toll of five`, `the toll is 145`, `the
 * toll marched towards 240`, `the number of people reported missing to 50`.
 */
import type { PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { countsOf, FIGURES } from './figure.js';
import { isYear } from './parse-number.js';

// `toll` or `the number of people`, some words (`in Nepal alone`, `following the magnitude 6.3
// quake`, `as of 1930 GMT on Wednesday`), then the verb or preposition that gives the figure; no
// sentence break between.
const TOLL_BEFORE = /\b(?:tolls?|number\s+of\s+(?:people|persons|dead|deaths|fatalities|victims|casualties))\b(?:[^.;:!?]|\.(?=\d)){0,90}?\b(?:to|at|of|from|is|was|be|stands?|stood|reach|reached|reaches|rise|rose|rises|risen|increased|climb|climbed|jumped|soared|hit|hits|exceeds?|exceeded|topped|passed|remained|remains|now|towards?)\s+["“]?$/iu;
// Characters before the figure read: `toll`, the gap, the verb.
const WINDOW = 120;

/** A figure after a toll and its verb, with no noun of its own: a count of people. */
export const tollExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const { cue, first = '' } = match.groups ?? {};
    const text = sentence.text;
    const end = match.index + match[0].length;
    if ((!cue && isYear(first)) || !TOLL_BEFORE.test(text.slice(Math.max(0, match.index - WINDOW), match.index))) return null;
    const noun = findCountedNoun(text, end, false);
    if (noun && noun.unit !== 'person') return null;
    return countsOf(match, end, 'person');
  },
};
