/** Votes counted without the word `votes`: `1,617,989 for yes`, `114,148 voted yes`, `139,788 no`, `2,001,926 against`. */
import type { PatternExtractor } from '../types.js';
import { countsOf, FIGURES } from './figure.js';

const VOTE_AFTER = /^\s+(?:voted\s+)?(?:(?:for|against)\s+(?:yes|no|the\b|independence|remain|leave|repeal)|yes\b|no\b|against\b|in\s+favou?r\b)/iu;
const DIGITS = /^\d[\d,]*$/;

/** A figure in digits before what it was cast for: a quantity of unit `vote`. */
export const votesExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const { first = '' } = match.groups ?? {};
    const end = match.index + match[0].length;
    if (!DIGITS.test(first) || !VOTE_AFTER.test(sentence.text.slice(end))) return null;
    return countsOf(match, end, 'vote');
  },
};
