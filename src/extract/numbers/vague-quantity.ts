/** Vague counts: `dozens of planes`, `tens of thousands of protesters`, `more than a dozen injured`. */
import type { QuantityValue } from '../../model.js';
import { VAGUE_MULTIPLES } from '../../lexicon/numbers.js';
import type { PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { alternation, CUE, readCue } from './parse-number.js';

const MULTIPLE = alternation(Object.keys(VAGUE_MULTIPLES));
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<cue>${CUE})\\s+)?(?<multiple>${MULTIPLE})(?![\\p{L}\\p{N}])`, 'giu');


/** A vague multiple and its counted noun, as an approximate range (from the lexicon); a cue may set a bound. */
export const vagueQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: PATTERN,
  extract(match, sentence) {
    const { cue, multiple = '' } = match.groups ?? {};
    const range = VAGUE_MULTIPLES[multiple.toLowerCase().replace(/\s+/g, ' ')];
    const end = match.index + match[0].length;
    const noun = range && findCountedNoun(sentence.text, end, false);
    if (!range || !noun || noun.measure) return null;
    const value: QuantityValue = { min: range.min, max: range.max, ...readCue(cue), approximate: true, unit: noun.unit };
    return { value, end: noun.end };
  },
};
