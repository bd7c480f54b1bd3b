/** Ages: `a 44-year-old man`, `aged 44`, `44 years old`. */
import type { QuantityValue } from '../../model.js';
import type { Found, ScanExtractor } from '../types.js';
import { foundAround, type AroundFigure } from './around-figure.js';
import { FIGURE, figuresOf, type PatternMatch } from './figure.js';

/** The unit of an age: a quantity of years lived, kept apart from durations and counts. */
export const AGE_UNIT = 'year of age';

const AGED = String.raw`(?<aged>\baged\s+)`;
const OLD = String.raw`(?<old>[-\s]years?[-\s]old\b)`;

/** A figure with `aged` before it or `year(s) old` after it, either optional to the pattern. */
export const ageShape: AroundFigure = {
  general: new RegExp(`${AGED}?${FIGURE}${OLD}?`, 'giud'),
  // Without `aged` or `year(s) old` every match is dropped.
  prefilter: /aged\s|years?[-\s]old/iu,
  before: new RegExp(`(?<=${AGED})`, 'iuy'),
  after: new RegExp(OLD, 'iuy'),
  without: 'optional',
};

/** A person's age, with unit `year of age`; `aged` or `year(s) old` must be written. */
export const ageExtractor: ScanExtractor<'quantity'> = {
  kind: 'quantity',
  scan: (sentence) => foundAround(sentence.text, ageShape, extract),
};

function extract(match: PatternMatch): Found<'quantity'>[] | null {
  const { aged, old } = match.groups ?? {};
  if (!aged && !old) return null;
  return figuresOf(match, match.index + match[0].length).map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit: AGE_UNIT };
    return { value, start: aged ? match.index : figure.start, end: figure.end };
  });
}
