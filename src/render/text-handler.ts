/**
 * The serializer's `text` handler, same output as mdast-util-to-markdown's own, made fast for
 * large reports: its `safe()` tries every unsafe pattern (about 60) on every text node, though a
 * pattern can only escape its own `character`. Here only the patterns whose character occurs
 * in the node's text (or the characters around it) are handed to `safe()`, and a node with no
 * such character (nor a backslash) is returned as it is. A property test holds it byte-equal
 * to the library's handler.
 */
import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';

interface Index {
  /** Any character some pattern escapes, or a backslash. */
  any: RegExp;
  patterns: Map<string, Unsafe[]>;
}

/** Unsafe patterns by their character, per serialization (each one has its own list). */
const indexes = new WeakMap<Unsafe[], Index>();

function indexOf(unsafe: Unsafe[]): Index {
  let index = indexes.get(unsafe);
  if (!index) {
    const patterns = new Map<string, Unsafe[]>();
    for (const pattern of unsafe) {
      const list = patterns.get(pattern.character);
      if (list) list.push(pattern);
      else patterns.set(pattern.character, [pattern]);
    }
    const characters = [...patterns.keys(), '\\'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    index = { any: new RegExp(`[${characters.join('')}]`, 'g'), patterns };
    indexes.set(unsafe, index);
  }
  return index;
}

/** `text` for remark-stringify's `handlers` option. */
export const text: Handle = (node: Text, parent, state: State, info) => {
  const all = state.unsafe;
  const around = (info.before ?? '') + node.value + (info.after ?? '');
  const { any, patterns } = indexOf(all);
  const seen = new Set<string>();
  const relevant: Unsafe[] = [];
  for (const [character] of around.matchAll(any)) {
    if (seen.has(character)) continue;
    seen.add(character);
    relevant.push(...(patterns.get(character) ?? []));
  }
  if (seen.size === 0) return node.value;
  state.unsafe = relevant;
  try {
    return defaultHandlers.text(node, parent, state, info);
  } finally {
    state.unsafe = all;
  }
};
