/** Ages: `a 44-year-old man`, `aged 44`, `44 years old`. */
import type { QuantityValue } from '../../model.js';
import type { Found, PatternExtractor } from '../types.js';
import { FIGURE, figuresOf } from './figure.js';

/** The unit of an age: a quantity of years lived, kept apart from durations and counts. */
export const AGE_UNIT = 'year of age';

const PATTERN = new RegExp(`(?<aged>\\baged\\s+)?${FIGURE}(?<old>[-\\s]years?[-\\s]old\\b)?`, 'giud');

/** A person's age, with unit `year of age`; `aged` or `year(s) old` must be written. */
export const ageExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: PATTERN,
  // Without `aged` or `year(s) old` every match is dropped.
  prefilter: /aged\s|years?[-\s]old/iu,
  extract(match) {
    const { aged, old } = match.groups ?? {};
    if (!aged && !old) return null;
    return figuresOf(match, match.index + match[0].length).map((figure): Found<'quantity'> => {
      const value: QuantityValue = { ...figure.value, unit: AGE_UNIT };
      return { value, start: aged ? match.index : figure.start, end: figure.end };
    });
  },
};
