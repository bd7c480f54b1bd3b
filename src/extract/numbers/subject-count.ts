/**
 * Counts of people written as the subject of a state, with no noun of their own: `540 were
 * injured`, `about 200 were feared trapped`, `six remain in critical condition`, `24 were Australian`.
 */
import type { PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { countsOf, FIGURES } from './figure.js';
import { isYear } from './parse-number.js';

const STATE_AFTER = /^\s+(?:were|are|remain|remained|had\s+been|have\s+been)\s+(?!\d)/iu;
// A figure that continues a list or a measure before it is no subject: `3 to 5 were`, `2.5, were`.
const OPENS_CLAUSE = /(?:^|[,;:(—–]|\b(?:and|but|while|whom|which|of\s+whom|including|with|among\s+them|said|says|say|reported|added|that))\s*$/iu;

/** A figure that opens a clause and is the subject of `were`/`are`/`remain`: a count of people. */
export const subjectCountExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const { cue, first = '' } = match.groups ?? {};
    const text = sentence.text;
    const end = match.index + match[0].length;
    if ((!cue && isYear(first)) || !STATE_AFTER.test(text.slice(end)) || findCountedNoun(text, end, false)) return null;
    if (!OPENS_CLAUSE.test(text.slice(Math.max(0, match.index - 24), match.index))) return null;
    return countsOf(match, end, 'person');
  },
};
