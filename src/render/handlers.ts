/**
 * Serializer handlers with the same output as mdast-util-to-markdown's own, made fast for large
 * reports (a 3,000-article report has hundreds of thousands of text nodes and links).
 * - `text`: the library's `safe()` tries every unsafe pattern (about 60) on every node, though a
 *   pattern can only escape its own `character`. Here only the patterns whose character occurs
 *   in the node (or next to it) are handed to `safe()`, and a node with none is returned as is.
 * - `link`: a link whose label is plain words and whose URL holds no character that needs an
 *   escape, a `<…>` or an autolink (a line link such as `[S1 L4](a.txt#L4)`) is written at once.
 * Property tests hold both byte-equal to the library's handlers.
 */
import type { Link, Text } from 'mdast';
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

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

/** `text` for remark-stringify's `handlers` option. */
export const text: Handle = (node: Text, parent, state: State, info) => {
  const all = state.unsafe;
  const patterns = relevant(indexOf(all), node.value, info.before ?? '', info.after ?? '');
  if (!patterns) return node.value;
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
