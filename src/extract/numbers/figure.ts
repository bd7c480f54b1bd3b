/**
 * Figures: one amount or a range with its cue, as the money, quantity, percent and duration
 * patterns capture them, and their values and spans.
 */
import type { QuantityValue, RangeValue } from '../../model.js';
import type { Found } from '../types.js';
import { AMOUNT, CUE, FIGURE_END, FIGURE_START, parseAmount, RANGE_SEPARATOR, readCue, trailingScale } from './parse-number.js';

/** The parts of a figure as a pattern captured them. */
export interface FigureParts {
  cue?: string | undefined;
  between?: string | undefined;
  first: string;
  separator?: string | undefined;
  second?: string | undefined;
}

/**
 * The value of a figure: one amount or a range, with what its cue says (a range has no bound).
 * Two values when the text holds two amounts rather than a range (`5 and 6` without `between`,
 * `15 to 10`); null for a dash from a bigger to a smaller number (`3-0`). The first end of a
 * range inherits the second's scale (`between 1.6 and 2 billion`).
 */
export function readFigure(parts: FigureParts): RangeValue | [RangeValue, RangeValue] | null {
  const cue = readCue(parts.cue);
  const first = parseAmount(parts.first);
  if (first === null) return null;
  if (parts.second === undefined) return { min: first, max: first, ...cue };
  const second = parseAmount(parts.second);
  if (second === null) return { min: first, max: first, ...cue };
  const inherited = trailingScale(parts.first) === 1 ? first * trailingScale(parts.second) : first;
  const min = inherited < second ? Number(inherited.toPrecision(12)) : first;
  const isAnd = /^\s+and\s+$/i.test(parts.separator ?? '');
  // A dash between a bigger and a smaller number is a score or a span of years (`3-0`, `2020-21`).
  if (min >= second && /[-–—]/.test(parts.separator ?? '')) return null;
  if (min >= second || (isAnd && !parts.between)) {
    return [{ min: first, max: first, ...cue }, { min: second, max: second, approximate: cue.approximate }];
  }
  return { min, max: second, approximate: cue.approximate };
}

/**
 * Regex source of a figure with its cue and range, capturing `cue`, `between`, `first`,
 * `separator` and `second` (the groups `figuresOf` reads).
 */
export const FIGURE = `${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?:(?<between>between|from)\\s+)?(?<first>${AMOUNT})(?:(?<separator>${RANGE_SEPARATOR})(?<second>${AMOUNT}))?${FIGURE_END}`;

/**
 * The pattern of the extractors built around a figure (counts, lengths of time, ages): each
 * matches a figure and reads the words before and after it. One pattern for all of them, so
 * that it is compiled once (its size makes that a noticeable part of a short run).
 */
export const FIGURES = new RegExp(FIGURE, 'giud');

/** A figure's value and its span in the sentence. */
export interface SpannedFigure {
  value: RangeValue;
  start: number;
  end: number;
}

/**
 * The figures of a match of a pattern built on FIGURE (with the `d` flag, for the groups'
 * offsets), ending at `end`: one, or two when `readFigure` splits it. A span starts at the cue,
 * or at `between` for a range; when split, the first ends after its own unit (group `firstUnit`)
 * and the second starts at its symbol (group `secondSymbol`).
 */
export function figuresOf(match: RegExpExecArray, end: number): SpannedFigure[] {
  const groups = match.groups ?? {};
  const figure = readFigure({ cue: groups['cue'], between: groups['between'], first: groups['first'] ?? '', separator: groups['separator'], second: groups['second'] });
  if (!figure) return [];
  if (!match.indices) throw new Error('figuresOf reads the offsets of groups: build the pattern with the `d` flag');
  const at = match.indices.groups ?? {};
  const first = at['firstSymbol']?.[0] ?? at['first']?.[0] ?? match.index;
  const cue = at['cue']?.[0];
  if (!Array.isArray(figure)) {
    const isRange = figure.min !== figure.max;
    return [{ value: figure, start: cue ?? (isRange ? at['between']?.[0] : undefined) ?? first, end }];
  }
  const firstEnd = (at['firstUnit'] ?? at['first'])?.[1] ?? end;
  return [
    { value: figure[0], start: cue ?? first, end: firstEnd },
    { value: figure[1], start: at['secondSymbol']?.[0] ?? at['second']?.[0] ?? first, end },
  ];
}

/** The figures of a match as counts of one unit (`person`, `vote`), spanning the figures alone. */
export function countsOf(match: RegExpExecArray, end: number, unit: string): Found<'quantity'>[] {
  return figuresOf(match, end).map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: figure.start, end: figure.end };
  });
}
