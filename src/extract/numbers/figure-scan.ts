/**
 * The shared figure scan: one compiled FIGURE pattern finds the figures of a sentence once, and
 * every number extractor built around a figure reads them, instead of compiling and running a
 * pattern of its own that repeats FIGURE (about 2,000 characters, 5–12 ms to compile each).
 */
import { FIGURE } from './figure.js';
import { MAY_HOLD_AMOUNT } from './parse-number.js';

// Without `d`: `figureSpans` finds the groups; indices for every group of every figure cost time and garbage.
const FIGURES = new RegExp(FIGURE, 'giu');

// The extractors run one after another over the same sentence: one remembered scan serves them all.
let scanned: string | null = null;
let figures: readonly RegExpExecArray[] = [];

/** The matches of FIGURE in `text`, left to right, as a global scan finds them; read only. */
export function figuresIn(text: string): readonly RegExpExecArray[] {
  if (text === scanned) return figures;
  const found: RegExpExecArray[] = [];
  if (MAY_HOLD_AMOUNT.test(text)) {
    FIGURES.lastIndex = 0;
    for (let match = FIGURES.exec(text); match; match = FIGURES.exec(text)) found.push(match);
  }
  scanned = text;
  figures = found;
  return found;
}

/** Every match of a global `pattern` in `text`, as the runner's loop finds them. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    out.push(match);
  }
  return out;
}
