/** Counts out of a group: `Two of the men`, `three of the rescued sailors`, `an estimated forty thousand of us`. */
import type { QuantityValue } from '../../model.js';
import { DETERMINERS, NUMBER_WORDS } from '../../lexicon/numbers.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { FIGURES, figuresOf } from './figure.js';
import { isYear, MAY_HOLD_AMOUNT } from './parse-number.js';
import { wordBefore } from './word-before.js';

const OF_THE = /^\s+of\s+(?:(?<the>the)|(?<pronoun>us|them))(?![\p{L}\p{N}])/iu;

const NEXT_WORD = /^\s+([\p{L}\p{N}]+)/u;
// `two of them` names people already counted; only a large or estimated crowd is a claim.
const MIN_PRONOUN_COUNT = 100;
// ... unless written in digits or followed by a state: `35 of them`, `eight of them in critical condition`.
const STATE_AFTER = /^\s+(?:were|are|remain|remained|in)\b/iu;

/**
 * A figure, `of the` and a plural noun past at most a few modifiers, counting that noun (`Two of
 * the men` → 2 `man`); or a written figure, `of us`/`of them`, counting people when it is large or
 * cued. `one of the`, `the two of us`, `two of the three men` and a year are no claim.
 */
export const partitiveQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract: (match, sentence) => extract(match, sentence.text),
};

function extract(match: RegExpExecArray, text: string): Found<'quantity'>[] | null {
  const after = OF_THE.exec(text.slice(match.index + match[0].length));
  if (!after) return null;
  const { cue, first = '' } = match.groups ?? {};
  const { the, pronoun } = after.groups ?? {};
  const end = match.index + match[0].length + after[0].length;
  if (isYear(first) || (!cue && DETERMINERS.has(wordBefore(text, match.index)))) return null;
  const figures = figuresOf(match, end);
  const last = figures[figures.length - 1];
  if (!last || last.value.max <= 1) return null;
  let unit = 'person';
  let close = end;
  if (the) {
    const next = NEXT_WORD.exec(text.slice(end))?.[1]?.toLowerCase() ?? '';
    if (NUMBER_WORDS[next] !== undefined || MAY_HOLD_AMOUNT.test(next.charAt(0))) return null;
    const noun = findCountedNoun(text, end, false);
    if (!noun || noun.measure) return null;
    unit = noun.unit;
    close = noun.end;
  } else if (!pronoun || (!cue && last.value.max < MIN_PRONOUN_COUNT && !/^\d/.test(first) && !STATE_AFTER.test(text.slice(end)))) {
    return null;
  }
  return figures.map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: figure.start, end: figure === last ? close : figure.end };
  });
}
