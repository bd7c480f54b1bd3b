/** Percentages: `48.66%`, `12 per cent`, `between 10 and 15 percent`, `nearly 60%`. */
import type { PatternExtractor } from '../types.js';
import { figuresOf } from './figure.js';
import { AMOUNT, CUE, FIGURE_START, parseAmount, RANGE_SEPARATOR } from './parse-number.js';

// `percent\b` keeps `percentage points` out: they are a measure (see units), not a share.
// `pc` only against the digits (`66.4pc`, as British and Irish papers write it): `5 PCs` are computers.
const UNIT = String.raw`(?:\s?%|\s*(?:percent|per\s*cent|pct)\b|pc\b)`;
const PATTERN = new RegExp(
  `${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?:(?<between>between|from)\\s+)?(?<first>${AMOUNT})(?<firstUnit>${UNIT})?` +
    `(?:(?<separator>${RANGE_SEPARATOR})(?<second>${AMOUNT}))?${UNIT}`,
  'giud',
);

/**
 * A figure followed by `%`, `percent` or `per cent`; both ends of a range may carry it. A dash from
 * a bigger number is no range but an aside: `a total of 723,000 – 33 per cent – voted no` is 33%.
 */
export const percentExtractor: PatternExtractor<'percent'> = {
  kind: 'percent',
  pattern: PATTERN,
  extract(match) {
    const end = match.index + match[0].length;
    const figures = figuresOf(match, end).map(({ value, start, end }) => ({ value, start, end }));
    const second = match.indices?.groups?.['second'];
    const amount = parseAmount(match.groups?.['second'] ?? '');
    if (figures.length > 0 || !second || amount === null) return figures;
    return { value: { min: amount, max: amount, approximate: false }, start: second[0], end };
  },
};
