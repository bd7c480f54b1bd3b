/**
 * Patterns built around a figure, matched from the shared figure scan: small sticky patterns test
 * what comes before and after each figure. Where the whole pattern could read a figure otherwise
 * (shorter, by backtracking, or from inside it), the whole pattern runs instead, so that the
 * matches always equal its own.
 */
import type { Found } from '../types.js';
import type { Kind } from '../../model.js';
import type { PatternMatch } from './figure.js';
import { allMatches, figuresIn } from './figure-scan.js';
import { MAY_HOLD_AMOUNT, RANGE_SEPARATOR } from './parse-number.js';

/** An extractor's pattern as the shared figure and what it needs before and after it. */
export interface AroundFigure {
  /** The whole pattern (`g` and `d` flags: `d` tells where its figure starts): the reference, and what runs where the shortcut could differ. */
  general: RegExp;
  /** A cheap test (no `g` flag) that every text holding a match passes. */
  prefilter?: RegExp;
  /** Sticky lookbehind run at a figure's start; its first group holds all it takes before the figure. */
  before?: RegExp;
  /** True when a figure without `before` is no match. */
  needsBefore?: boolean;
  /** Sticky pattern run at a figure's end. */
  after?: RegExp;
  /**
   * What a figure without `after` is: a match all the same (`optional`); no match, when `after`
   * starts with a space or a dash (`required`); or a case for the whole pattern, when `after` is a
   * bare lookahead that a shorter reading of the figure might pass (`lookahead`).
   */
  without?: 'optional' | 'required' | 'lookahead';
}

const SPACE_OR_DASH = /[\s\-–—]/u;
const RANGE_AFTER = new RegExp(`(?:${RANGE_SEPARATOR})(?:${MAY_HOLD_AMOUNT.source})`, 'iuy');

/** What `read` makes of each match of `shape` in `text`, spans defaulting to the match (as the runner does). */
export function foundAround<K extends Kind>(text: string, shape: AroundFigure, read: (match: PatternMatch) => Found<K> | Found<K>[] | null): Found<K>[] {
  // No figure, no match; the figures are scanned once per sentence anyway, the prefilter is not.
  if (figuresIn(text).length === 0 || (shape.prefilter && !shape.prefilter.test(text))) return [];
  const out: Found<K>[] = [];
  for (const match of aroundFigures(text, shape) ?? allMatches(shape.general, text).map(withFigureAt)) {
    const found = read(match);
    if (!found) continue;
    for (const one of Array.isArray(found) ? found : [found]) {
      out.push({ ...one, start: one.start ?? match.index, end: one.end ?? match.index + match[0].length });
    }
  }
  return out;
}

/** The matches of `shape` from the shared figure scan, or null when the whole pattern could find others. */
export function aroundFigures(text: string, shape: AroundFigure): PatternMatch[] | null {
  const out: PatternMatch[] = [];
  let lastEnd = 0;
  for (const figure of figuresIn(text)) {
    const end = figure.index + figure[0].length;
    const before = shape.before ? stickyAt(shape.before, text, figure.index) : null;
    if (shape.needsBefore && !before) continue;
    const after = shape.after ? stickyAt(shape.after, text, end) : null;
    if (shape.after && !after && shape.without !== 'optional') {
      if (shape.without === 'lookahead' || mayReadOtherwise(text, figure, shape.after)) return null;
      continue;
    }
    const start = figure.index - (before?.[1]?.length ?? 0);
    // The whole pattern goes on after its last match: it would never see a figure that starts inside it.
    if (start < lastEnd) return null;
    lastEnd = end + (after?.[0].length ?? 0);
    out.push(before || after ? joined(text, start, lastEnd, figure, before, after) : figure);
  }
  return out;
}

// A figure not followed by `after` may still match the whole pattern read shorter, or read from
// inside as the start of a range that runs on: `after` inside it, or a separator and an amount after it.
function mayReadOtherwise(text: string, figure: RegExpExecArray, after: RegExp): boolean {
  const end = figure.index + figure[0].length;
  for (let at = figure.index + 1; at < end; at++) {
    if (SPACE_OR_DASH.test(text.charAt(at)) && stickyAt(after, text, at)) return true;
  }
  return stickyAt(RANGE_AFTER, text, end) !== null;
}

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function joined(text: string, start: number, end: number, figure: RegExpExecArray, before: RegExpExecArray | null, after: RegExpExecArray | null): PatternMatch {
  return { index: start, 0: text.slice(start, end), groups: { ...figure.groups, ...before?.groups, ...after?.groups }, figureAt: figure.index };
}

/** A match of a whole pattern (made with the `d` flag) with where its figure starts: at its cue, `between` or first amount. */
export function withFigureAt(match: RegExpExecArray): PatternMatch {
  const at = match.indices?.groups;
  return { index: match.index, 0: match[0], groups: match.groups, figureAt: at?.cue?.[0] ?? at?.between?.[0] ?? at?.first?.[0] ?? match.index };
}
