/** Counts after a collective noun: `a crowd of 9,000`, `a workforce of about 1,200`. */
import type { QuantityValue } from '../../model.js';
import { COLLECTIVE_NOUNS } from '../../lexicon/nouns.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { FIGURE, figuresOf } from './figure.js';
import { alternation, isYear } from './parse-number.js';

const NOUNS = alternation(Object.keys(COLLECTIVE_NOUNS));
const NOUN_OF = String.raw`(?<![\p{L}\p{N}])(?<collective>${NOUNS})\s+of\s+`;
const NO_COMPOUND = String.raw`(?![-–]\p{L})`;

/**
 * A collective noun and the figure after `of`, counting what the noun is made of (`crowd` →
 * `person`); when a counted noun follows the figure (`a crowd of 9,000 fans`), the plain
 * quantity extractor has it.
 */
export const collectiveQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  // A collective noun and `of` before a figure that is not the first half of a compound.
  pattern: new RegExp(`${NOUN_OF}${FIGURE}${NO_COMPOUND}`, 'giud'),
  extract: (match, sentence) => extract(match, sentence.text),
};

function extract(match: RegExpExecArray, text: string): Found<'quantity'>[] | null {
  const { collective = '', cue, first = '' } = match.groups ?? {};
  const unit = COLLECTIVE_NOUNS[collective.toLowerCase()];
  const end = match.index + match[0].length;
  if (!unit || (!cue && isYear(first)) || findCountedNoun(text, end, false)) return null;
  return figuresOf(match, end).map((figure, index): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: index === 0 ? match.index : figure.start, end: figure.end };
  });
}
