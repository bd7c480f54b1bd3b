/** Decades: `the 1990s`, `the early 2000s`. chrono-node reads none. */
import { DECADE_PARTS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { yearsValue } from './anchor.js';
import { anyInitial } from './patterns.js';

/** A decade or a part of one, precision decade. */
export const decade: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(?:(${anyInitial(Object.keys(DECADE_PARTS))})(?:\\s*-\\s*|\\s+))?((?:1[89]|20)\\d0)['’]?s\\b`, 'g'),
  extract(match) {
    const [, part, digits = ''] = match;
    const [first, last] = (part && DECADE_PARTS[part.toLowerCase()]) || [0, 9];
    const start = Number(digits);
    return { value: yearsValue(start + first, start + last, 'decade', false) };
  },
};
