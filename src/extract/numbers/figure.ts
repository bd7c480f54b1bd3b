/**
 * Figures: one amount or a range with its cue, as the money, quantity, percent and duration
 * patterns capture them, and their values and spans.
 */
import type { RangeValue } from '../../model.js';
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
 * A match as the number extractors read it: a RegExp match, or one put together around a shared
 * figure (see `around-figure.ts`). `figureAt` is where the figure's groups begin (default `index`).
 */
export interface PatternMatch {
  index: number;
  0: string;
  groups?: Record<string, string | undefined> | undefined;
  figureAt?: number | undefined;
}

/** A figure's value and its span in the sentence. */
export interface SpannedFigure {
  value: RangeValue;
  start: number;
  end: number;
}

/**
 * The figures of a match ending at `end`: one, or two when `readFigure` splits it. A span starts
 * at the cue, or at `between` for a range; when split, the first ends after its own unit (group
 * `firstUnit`) and the second starts at its symbol (group `secondSymbol`).
 */
export function figuresOf(match: PatternMatch, end: number): SpannedFigure[] {
  const groups = match.groups ?? {};
  const figure = readFigure({ cue: groups.cue, between: groups.between, first: groups.first ?? '', separator: groups.separator, second: groups.second });
  if (!figure) return [];
  const at = figureSpans(match);
  const first = at.firstSymbol ?? at.first;
  if (!Array.isArray(figure)) {
    const isRange = figure.min !== figure.max;
    return [{ value: figure, start: at.cue ?? (isRange ? at.between : undefined) ?? first, end }];
  }
  return [
    { value: figure[0], start: at.cue ?? first, end: at.firstEnd },
    { value: figure[1], start: at.secondSymbol ?? at.second ?? first, end },
  ];
}

/** Where the groups of a figure that `figuresOf` reads start (and where the first amount ends), as sentence offsets. */
export interface FigureSpans {
  cue?: number;
  between?: number;
  firstSymbol?: number;
  first: number;
  /** The end of the first amount, or of its unit (`firstUnit`). */
  firstEnd: number;
  secondSymbol?: number;
  second?: number;
}

const SPACE = /\s/u;

/**
 * The spans of a figure's groups, walked from `figureAt` over the groups' texts instead of asking
 * the pattern for indices (the `d` flag builds arrays for every group of every match). Every
 * pattern built on FIGURE puts its groups in this order with nothing but whitespace between them,
 * and no group starts with whitespace, so each run of it lies whole between two groups.
 */
export function figureSpans(match: PatternMatch): FigureSpans {
  const { cue, between, firstSymbol, first = '', firstUnit, separator, secondSymbol, second } = match.groups ?? {};
  const text = match[0];
  const base = match.index;
  let at = (match.figureAt ?? base) - base;
  const skipSpaces = () => {
    while (at < text.length && SPACE.test(text.charAt(at))) at++;
  };
  const take = (group: string | undefined): number | undefined => {
    if (group === undefined) return undefined;
    const start = base + at;
    at += group.length;
    return start;
  };
  const spans: FigureSpans = { first: 0, firstEnd: 0 };
  const cueAt = take(cue);
  if (cueAt !== undefined) spans.cue = cueAt;
  skipSpaces();
  const betweenAt = take(between);
  if (betweenAt !== undefined) spans.between = betweenAt;
  skipSpaces();
  const symbolAt = take(firstSymbol);
  if (symbolAt !== undefined) spans.firstSymbol = symbolAt;
  skipSpaces();
  spans.first = base + at;
  at += first.length + (firstUnit?.length ?? 0);
  spans.firstEnd = base + at;
  if (second === undefined) return spans;
  at += separator?.length ?? 0;
  const secondSymbolAt = take(secondSymbol);
  if (secondSymbolAt !== undefined) spans.secondSymbol = secondSymbolAt;
  skipSpaces();
  spans.second = base + at;
  return spans;
}
