/**
 * Serializer handlers with the same output as mdast-util-to-markdown's own, made fast for large
 * reports (a 3,000-article report has hundreds of thousands of text nodes and links).
 * - `text`: the library's `safe()` tries every unsafe pattern (about 60) on every node, though a
 *   pattern can only escape its own `character`. Here only the patterns whose character occurs
 *   in the node (or next to it) are handed to `safe()`, and a node is returned as is when none
 *   can escape anything: none is in scope and matches, and no backslash is there to double.
 * - `link`: a link whose label is plain words and whose URL holds no character that needs an
 *   escape, a `<…>` or an autolink (a line link such as `[S1 L4](a.txt#L4)`) is written at once.
 * - `table`, `tableCell` and `paragraph`: as mdast-util-gfm-table's and the library's, the
 *   children written by `flatPhrasing` when it applies, which skips the general attention
 *   machinery. (The GFM `table` handler calls its own cell handler directly, so it is replaced
 *   too, rows laid out as `markdown-table` lays them out, by `tableRows`.)
 * Property tests hold them byte-equal to the library's handlers.
 */
import type { AlignType, Link, Paragraph, Table, TableCell, Text } from 'mdast';
import { defaultHandlers, type Handle, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';
import { flatPhrasing } from './phrasing.js';

interface Index {
  /** For each UTF-16 code unit, 1 + its position in `characters`, or 0 when no pattern escapes it. */
  slot: Uint8Array;
  /** Patterns by slot. */
  patterns: Unsafe[][];
}

/** Unsafe patterns by their character, per serialization (each one has its own list). */
const indexes = new WeakMap<Unsafe[], Index>();

function indexOf(unsafe: Unsafe[]): Index {
  let index = indexes.get(unsafe);
  if (!index) {
    const slot = new Uint8Array(0x10000);
    const patterns: Unsafe[][] = [];
    for (const pattern of unsafe) {
      const code = pattern.character.charCodeAt(0);
      if (!slot[code]) slot[code] = patterns.push([]);
      (patterns[(slot[code] as number) - 1] as Unsafe[]).push(pattern);
    }
    // A backslash always matters: `safe()` doubles one before punctuation.
    if (!slot[BACKSLASH]) slot[BACKSLASH] = patterns.push([]);
    index = { slot, patterns };
    indexes.set(unsafe, index);
  }
  return index;
}

const BACKSLASH = 0x5c;

/** The patterns that can apply to `value` with `before` and `after` around it, or null when none can. */
function relevant(index: Index, value: string, before: string, after: string): Unsafe[] | null {
  let found: Unsafe[] | null = null;
  const seen: number[] = [];
  for (const part of [before, value, after]) {
    for (let i = 0; i < part.length; i++) {
      const slot = index.slot[part.charCodeAt(i)] as number;
      if (!slot || seen.includes(slot)) continue;
      seen.push(slot);
      (found ??= []).push(...(index.patterns[slot - 1] as Unsafe[]));
    }
  }
  return found;
}

/**
 * Whether `safe()` returns `value` unchanged: no backslash it could double, and none of `patterns`
 * (in scope, not tied to a neighbouring node) matches, where `safe()` looks in `before + value +
 * after`, at a character of `value` (matches on `before` or `after` escape nothing).
 */
function untouched(state: State, patterns: Unsafe[], value: string, before: string, after: string): boolean {
  if (value.includes('\\') || after.includes('\\')) return false;
  const whole = before + value + after;
  const end = before.length + value.length;
  for (const pattern of patterns) {
    if (pattern.beforeNode || pattern.afterNode) return false;
    if (!inScope(state.stack, pattern)) continue;
    const expression = state.compilePattern(pattern);
    let match: RegExpExecArray | null;
    // The same successive matches as `safe()`; the expression is left as found, at `lastIndex` 0.
    while ((match = expression.exec(whole))) {
      const position = match.index + (pattern.before || pattern.atBreak ? (match[1] as string).length : 0);
      if (position >= before.length && position < end) {
        expression.lastIndex = 0;
        return false;
      }
    }
  }
  return true;
}

/** The library's `patternInScope`: in one of its `inConstruct`s (if any), in none of its `notInConstruct`s. */
function inScope(stack: State['stack'], pattern: Unsafe): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}

function listInScope(stack: State['stack'], list: Unsafe['inConstruct'], none: boolean): boolean {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
}

/** `text` for remark-stringify's `handlers` option. */
export const text: Handle = (node: Text, parent, state: State, info) => {
  const all = state.unsafe;
  const patterns = relevant(indexOf(all), node.value, info.before ?? '', info.after ?? '');
  if (!patterns || untouched(state, patterns, node.value, info.before ?? '', info.after ?? '')) return node.value;
  state.unsafe = patterns;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};

const PLAIN_LABEL = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const PLAIN_URL = /^[\w.~/#%-]+$/;
const SCHEME = /^[a-z][+\-.a-z]+:/i;

/** `link` for remark-stringify's `handlers` option. */
export const link: Handle = Object.assign(
  (node: Link, parent: Parameters<Handle>[1], state: State, info: Parameters<Handle>[3]): string => {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (!node.title && only?.type === 'text' && PLAIN_LABEL.test(only.value) && PLAIN_URL.test(node.url) && !SCHEME.test(node.url)) return `[${only.value}](${node.url})`;
    return defaultHandlers.link(node, parent, state, info);
  },
  { peek: defaultHandlers.link.peek },
);

/**
 * `table` for remark-stringify's `handlers` option: mdast-util-gfm-table's with the report's
 * settings (`tablePipeAlign: false`, no `tableCellPadding`): its cells through `tableCell`.
 */
export const table: Handle = (node: Table, _, state: State, info: Info): string => {
  const exit = state.enter('table');
  const matrix = node.children.map((row) => {
    const exitRow = state.enter('tableRow');
    const cells = row.children.map((cell) => tableCell(cell, row, state, info));
    exitRow();
    return cells;
  });
  exit();
  const head = matrix[0];
  if (head) {
    const columns = node.align?.length || matrix.reduce((most, row) => Math.max(most, row.length), 0);
    while (head.length < columns) head.push('');
  }
  return tableRows(matrix, node.align ?? []);
};

/**
 * `markdownTable(matrix, { align, alignDelimiters: false, fillRows: false })` for rows of
 * strings, written row by row: markdown-table builds arrays of cells, sizes and pieces for every
 * row, which for the report's largest tables costs more than the rows themselves. A property
 * test holds the two equal.
 */
export function tableRows(matrix: readonly (readonly string[])[], align: readonly AlignType[]): string {
  const lines: string[] = [];
  for (let index = 0; index < matrix.length; index++) {
    const row = matrix[index] as readonly string[];
    let line = '|';
    for (const cell of row) line += `${cell === '' ? '' : ' '}${cell} |`;
    lines.push(row.length ? line : '| |');
    // Under a head of no cells, a delimiter cell only when some row has one.
    if (index === 0) lines.push(matrix.some((cells) => cells.length) ? delimiterRow(Math.max(1, row.length), align) : '| |');
  }
  return lines.join('\n');
}

/** The row under the head: `| - | -: |`, one cell per head cell. */
function delimiterRow(cells: number, align: readonly AlignType[]): string {
  let line = '|';
  for (let column = 0; column < cells; column++) {
    const side = align[column];
    line += ` ${(typeof side === 'string' && DELIMITER[side.charAt(0)]) || '-'} |`;
  }
  return line;
}

/** By the first letter of an alignment, as markdown-table reads it. */
const DELIMITER: Record<string, string> = { l: ':-', L: ':-', c: ':-:', C: ':-:', r: '-:', R: '-:' };

/** `tableCell` for remark-stringify's `handlers` option: mdast-util-gfm-table's without `tableCellPadding`, so escaping sees a `|` on either side. */
export const tableCell: Handle = (node: TableCell, _, state: State, info: Info): string => {
  const exit = state.enter('tableCell');
  const subexit = state.enter('phrasing');
  // Written out: a spread of `info` takes V8's slow path (`containerPhrasing` reads no other field).
  const around = { now: info.now, lineShift: info.lineShift, before: '|', after: '|' };
  const value = flatPhrasing(node, state, around) ?? state.containerPhrasing(node, around);
  subexit();
  exit();
  return value;
};

/** `paragraph` for remark-stringify's `handlers` option. */
export const paragraph: Handle = (node: Paragraph, _, state: State, info: Info): string => {
  const exit = state.enter('paragraph');
  const subexit = state.enter('phrasing');
  const value = flatPhrasing(node, state, info) ?? state.containerPhrasing(node, info);
  subexit();
  exit();
  return value;
};
