/**
 * Votes counted without the word `votes`: `1,617,989 for yes`, `114,148 voted yes`, `139,788 no`,
 * `2,001,926 against`, `412,000 – 38 per cent – voted no`, `a majority of 706,000`, `approved 23,100 to 17,400`.
 */
import type { Found, PatternExtractor } from '../types.js';
import { countsOf, FIGURES } from './figure.js';
import { parseAmount } from './parse-number.js';

// What the figure was cast for, past an aside in dashes or brackets (`412,000 – 38 per cent – voted no`).
const VOTE_AFTER = /^(?<aside>\s*[–—(][^–—()]{1,30}[–—)])?\s+(?:voted\s+)?(?:(?:for|against)\s+(?:yes|no|the\b|independence|remain|leave|repeal)|yes\b|no\b|against\b|in\s+favou?r\b)/iu;
// A winning margin with no noun of its own.
const MARGIN_BEFORE = /\b(?:majority|margin)\s+of\s+$/iu;
// A tally of a vote: `approved 23,100 to 17,400`, `rejected by 310 to 290`, `ratified the deal 23,100 to 17,400`.
const TALLY_BEFORE = /\b(?:approv|reject|ratif|adopt|endors)(?:e|es|ed|ing|y|ies|ied|ying)?\b[^.;:!?]{0,60}\s$/iu;
const WINDOW = 80;
const TO = /^\s+to\s+$/iu;
const DIGITS = /^\d[\d,]*$/;
const WORD_NEXT = /^\s*[-–]?\p{L}/u;

/** A figure in digits before what it was cast for, after a margin, or in a tally: a quantity of unit `vote`. */
export const votesExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const { first = '', separator = '', second } = match.groups ?? {};
    const [firstStart, firstEnd] = match.indices?.groups?.['first'] ?? [match.index, match.index + first.length];
    const end = match.index + match[0].length;
    const text = sentence.text;
    const before = text.slice(Math.max(0, match.index - WINDOW), match.index);
    if (!DIGITS.test(first)) return null;
    // The pattern reads a dash and the aside's figure as a range (`412,000 – 38`): the vote is the first figure alone.
    const aside = second === undefined ? null : VOTE_AFTER.exec(text.slice(firstEnd))?.groups?.['aside'];
    const amount = parseAmount(first);
    if (aside && amount !== null) {
      const vote: Found<'quantity'> = { value: { min: amount, max: amount, approximate: false, unit: 'vote' }, start: firstStart, end: firstEnd };
      return vote;
    }
    const isCast = VOTE_AFTER.test(text.slice(end));
    const isMargin = second === undefined && MARGIN_BEFORE.test(before) && !WORD_NEXT.test(text.slice(end));
    const isTally = second !== undefined && TO.test(separator) && TALLY_BEFORE.test(before);
    return isCast || isMargin || isTally ? countsOf(match, end, 'vote') : null;
  },
};
