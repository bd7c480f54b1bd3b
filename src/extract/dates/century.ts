/** Centuries: `a 19th-century tower`, `the 20th century`. chrono-node reads none. */
import type { PatternExtractor } from '../types.js';
import { yearsValue } from './anchor.js';

/** A century by its ordinal, precision century: the 19th runs from 1801 to 1900 (there was no year 0). */
export const century: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: /\b([1-9]|1\d|2[01])(?:st|nd|rd|th)[-\s]+century\b/gi,
  extract(match) {
    const ordinal = Number(match[1]);
    return { value: yearsValue((ordinal - 1) * 100 + 1, ordinal * 100, 'century', false) };
  },
};
