/** Counts after a collective noun: `a crowd of 9,000`, `a workforce of about 1,200`. */
import type { QuantityValue } from '../../model.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/nouns.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { FIGURES, figuresOf } from './figure.js';
import { alternation, isYear } from './parse-number.js';

const NOUNS = alternation(Object.keys(COLLECTIVE_NOUNS));
const NOUN_OF = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NOUNS})\s+of\s+$`, 'iu');
const COMPOUND = /^[-–]\p{L}/u;

/**
 * A collective noun and the figure after `of`, counting what the noun is made of (`crowd` →
 * `person`); when a counted noun follows the figure (`a crowd of 9,000 fans`), the plain
 * quantity extractor has it.
 */
export const collectiveQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract: (match, sentence) => extract(match, sentence.text),
};

// A collective noun and `of` before a figure that is not the first half of a compound.
function extract(match: RegExpExecArray, text: string): Found<'quantity'>[] | null {
  const end = match.index + match[0].length;
  const before = NOUN_OF.exec(text.slice(0, match.index));
  if (!before || COMPOUND.test(text.slice(end))) return null;
  const { cue, first = '' } = match.groups ?? {};
  const unit = COLLECTIVE_NOUNS[(before[1] ?? '').toLowerCase()];
  if (!unit || (!cue && isYear(first)) || findCountedNoun(text, end, false)) return null;
  return figuresOf(match, end).map((figure, index): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: index === 0 ? before.index : figure.start, end: figure.end };
  });
}
