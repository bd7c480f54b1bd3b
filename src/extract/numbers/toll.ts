/**
 * Counts of people a toll states without a noun of its own: `the death toll rose to 13`, `the
 * toll in Nepal had reached 1,394`, `the official death toll of five`, `the toll is 145`.
 */
import type { PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { countsOf, FIGURES } from './figure.js';
import { isYear } from './parse-number.js';

// `toll`, at most a few words (`in Nepal alone`, `had`), then the verb or preposition that gives the figure.
const TOLL_BEFORE = /\btolls?\b[^.;:!?\d]{0,50}?\b(?:to|at|of|is|was|stands?|stood|reached|reaches|rose|rises|risen|climbed|jumped|soared|hit|hits|exceeds?|exceeded|topped|passed|remained|remains|now)\s+["“]?$/iu;
// Words before the figure read; enough for `the death toll in Nepal alone had reached`.
const WINDOW = 80;

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
