/** Counts out of a whole: `10 of 11 counts`, `39 out of 40 constituencies`, `nine of 12 jurors`. */
import type { QuantityValue } from '../../model.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { figuresOf } from './figure.js';
import { AMOUNT, CUE, FIGURE_END, FIGURE_START, parseAmount } from './parse-number.js';

// No `the` before the whole: `two of the three men` points back at men already counted.
const PATTERN = new RegExp(`${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?<first>${AMOUNT})\\s+(?:out\\s+)?of\\s+(?<whole>${AMOUNT})${FIGURE_END}`, 'giud');

/**
 * A part, `of` or `out of`, and the whole with its counted noun: the claim is the part, counting
 * that noun (`10 of 11 counts` → 10 `count`); the whole alone is left to the quantity extractor.
 * No claim when the part is not smaller than the whole, or no noun follows.
 */
export const shareQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: PATTERN,
  extract(match, sentence) {
    const { first = '', whole = '' } = match.groups ?? {};
    const end = match.index + match[0].length;
    const [part, total] = [parseAmount(first), parseAmount(whole)];
    if (part === null || total === null || part >= total) return null;
    const noun = findCountedNoun(sentence.text, end, false);
    if (!noun || noun.measure) return null;
    return figuresOf(match, end).map((figure): Found<'quantity'> => {
      const value: QuantityValue = { ...figure.value, unit: noun.unit };
      return { value, start: figure.start, end: noun.end };
    });
  },
};
