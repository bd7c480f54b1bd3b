/** Percentages: `48.66%`, `12 per cent`, `between 10 and 15 percent`, `nearly 60%`. */
import type { PatternExtractor } from '../types.js';
import { figuresOf } from './figure.js';
import { AMOUNT, CUE, FIGURE_START, RANGE_SEPARATOR } from './parse-number.js';

// `percent\b` keeps `percentage points` out: they are a measure (see units), not a share.
const UNIT = String.raw`(?:\s?%|\s*(?:percent|per\s*cent|pct)\b)`;
const PATTERN = new RegExp(
  `${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?:(?<between>between|from)\\s+)?(?<first>${AMOUNT})(?<firstUnit>${UNIT})?` +
    `(?:(?<separator>${RANGE_SEPARATOR})(?<second>${AMOUNT}))?${UNIT}`,
  'giud',
);

/** A figure followed by `%`, `percent` or `per cent`; both ends of a range may carry it. */
export const percentExtractor: PatternExtractor<'percent'> = {
  kind: 'percent',
  pattern: PATTERN,
  extract(match) {
    return figuresOf(match, match.index + match[0].length).map(({ value, start, end }) => ({ value, start, end }));
  },
};
