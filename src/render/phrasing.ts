/**
 * A fast `containerPhrasing` for the flat phrasing the report is made of: text, inline code and
 * links, and attention (strong, delete) holding only those. Every node is still written by the
 * serializer's own handlers, so escaping stays the library's; what is skipped is its general
 * machinery for attention (trying other markers, encoding characters next to a marker, checking
 * that sequences pair), which on these shapes only confirms the preferred marker, and its
 * position tracking, which no handler of these nodes reads. When a marker would need more than
 * that (another marker, an encoded neighbour, a sequence that might not pair), the answer is
 * undefined and the caller uses the library's `containerPhrasing`. mdast-util-to-markdown
 * exports no cheaper entry point; a property test holds this byte-equal to it.
 */
import type { Nodes, Parents, PhrasingContent } from 'mdast';
import type { Attention, Handle, Info, State } from 'mdast-util-to-markdown';

/** Nodes written by their handler alone, with no attention inside. */
const LEAVES = new Set(['text', 'inlineCode', 'link']);

/** Markers whose runs CommonMark splits (emphasis and strong), as in the library. */
const SPLIT = new Set(['*', '_']);

/** An attention node: its serialized children and its sequences, preferred first. */
interface Marked {
  children: string[];
  sequences: string[];
}

type Item = string | Marked;
type Handler = Handle & { attention?: Attention; peek?: Handle };

/** The children of `parent` serialized as `state.containerPhrasing(parent, info)` would, or undefined when the fast path does not apply. */
export function flatPhrasing(parent: Parents & { children: PhrasingContent[] }, state: State, info: Info): string | undefined {
  const handlers = state.handlers as unknown as Record<string, Handler | undefined>;
  if (!parent.children.every((child) => LEAVES.has(child.type) || (handlers[child.type]?.attention && 'children' in child && child.children.every((leaf) => LEAVES.has(leaf.type))))) return undefined;
  return serialize(phrasing(parent, state, info, handlers), info.before, info.after);
}

/**
 * The library's `phrasing`: each child through its handler, told the characters around it.
 * Handlers are called directly and each is given a new info object written out in full: the
 * library's `state.handle` spreads its arguments and `{ ...where, before, after }` takes V8's
 * slow path, which together cost more than the handlers themselves.
 */
function phrasing(parent: Parents, state: State, info: Info, handlers: Record<string, Handler | undefined>): Item[] {
  const children = parent.children as Nodes[];
  const stack = state.indexStack;
  const { now, lineShift } = info;
  const results: Item[] = [];
  let before = info.before;
  stack.push(-1);
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Nodes;
    stack[stack.length - 1] = index;
    const next = children[index + 1];
    let after = info.after;
    if (next) {
      const handle = handlers[next.type];
      const peek = handle?.peek ?? handle;
      after = peek ? firstCharacter(peek.call(state, next, parent, state, { before: '', after: '', now, lineShift })) : '';
    }
    const handle = handlers[child.type] as Handler;
    if (handle.attention) {
      const item = marked(child as Parents, handle.attention, state, now, lineShift, handlers);
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0] as string);
    } else {
      const value = handle.call(state, child, parent, state, { now, lineShift, before, after });
      if (!value) continue;
      results.push(value);
      before = lastCharacter(value);
    }
  }
  stack.pop();
  return results;
}

/** The library's `attentionItem`: children serialized between the preferred sequences. */
function marked(node: Parents, attention: Attention, state: State, now: Info['now'], lineShift: number, handlers: Record<string, Handler | undefined>): Marked | undefined {
  const { construct, markers, sizes } = attention(node, state);
  const sequences = markers.flatMap((marker) => sizes.map((size) => marker.repeat(size)));
  const sequence = sequences[0] as string;
  const exit = state.enter(construct);
  const children = phrasing(node, state, { now, lineShift, before: sequence, after: sequence }, handlers) as string[];
  exit();
  return children.length ? { children, sequences } : undefined;
}

/**
 * The items joined, each attention with its preferred sequence, when the library would keep
 * those as they are: it would guess no other marker, and every sequence pairs with its own.
 */
function serialize(items: Item[], before: string, after: string): string | undefined {
  let previous = lastCharacter(before);
  let out = '';
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item;
    if (typeof item === 'string') {
      out += item;
      previous = lastCharacter(item);
      continue;
    }
    const sequence = item.sequences[0] as string;
    const marker = sequence.charAt(0);
    const next = items[index + 1];
    const following = next === undefined ? after : typeof next === 'string' ? next : (next.sequences[0] as string);
    if (guess(item, index === 0 ? before : '', index === items.length - 1 ? after : '', items.length === 1, before) !== sequence) return undefined;
    // A split marker pairs two at a time: a longer sequence would not pair whole.
    if (SPLIT.has(marker) && sequence.length > 2) return undefined;
    // Sequences next to each other form one run: leave that to the library.
    if (typeof next !== 'string' && next !== undefined) return undefined;
    const head = item.children[0] as string;
    const tail = lastCharacter(item.children[item.children.length - 1] as string);
    // An opener that can open and a closer that can close pair, the library finds no mistake,
    // and (as encoding only helps a sequence that could not) encodes no character next to them.
    if (!flanks(previous.charCodeAt(previous.length - 1), head.charCodeAt(0), marker) || !flanks(firstCharacter(following).charCodeAt(0), tail.charCodeAt(tail.length - 1), marker)) return undefined;
    out += sequence + item.children.join('') + sequence;
    previous = sequence.charAt(sequence.length - 1);
  }
  return out;
}

/** The library's `guess` for one attention item: its first sequence whose marker differs from its neighbours'. */
function guess(item: Marked, previous: string, next: string, only: boolean, before: string): string {
  const found = item.sequences.find((value) => {
    const marker = value.charAt(0);
    return (marker !== previous.charAt(0) && marker !== next.charAt(0)) || (only && SPLIT.has(marker) && value.length > before.length);
  });
  return found ?? (item.sequences[0] as string);
}

/**
 * Whether a sequence with the character `outside` it and `inside` it can open (read as the
 * characters before and after an opener) or close (after and before a closer): `check` in the
 * library. Underscores cannot open or close inside words.
 */
function flanks(outside: number, inside: number, marker: string): boolean {
  const out = kind(outside);
  const inn = kind(inside);
  const open = !inn || (inn === PUNCTUATION && Boolean(out));
  const close = !out || (out === PUNCTUATION && Boolean(inn));
  return marker === '_' ? open && (Boolean(out) || !close) : open;
}

const WHITESPACE = 1;
const PUNCTUATION = 2;

/** micromark's `classifyCharacter` for a UTF-16 code unit (NaN past either end): whitespace, punctuation, or undefined for anything else. */
function kind(code: number): typeof WHITESPACE | typeof PUNCTUATION | undefined {
  if (Number.isNaN(code)) return undefined;
  const char = String.fromCharCode(code);
  if (code === 32 || /\s/.test(char)) return WHITESPACE;
  return /\p{P}|\p{S}/u.test(char) ? PUNCTUATION : undefined;
}

/** The first character of `value`, a surrogate pair whole. */
function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character of `value`, a surrogate pair whole. */
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}
