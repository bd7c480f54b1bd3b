/**
 * A page's reading text and its map back to the file. The kept text nodes are read in document
 * order; each block element (a paragraph, a heading, a list item…) and each `<br>` starts a
 * paragraph, and paragraphs are separated by a blank line. Characters are the decoded ones
 * (`&amp;` is `&`), white space is folded to one space as a browser shows it (`&nbsp;` too), so
 * extractors read the text as written. Each text node's decoded value is aligned with its slice
 * of the file (parse5 gives each node's offsets, not each character's): literal runs map
 * character by character, a character reference or a CRLF maps whole.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { decodeHTML } from 'entities';
import { BLOCK_ELEMENTS, CAPTION_ELEMENTS, HEADING_ELEMENTS } from '../../lexicon/html.js';
import type { Block, Run } from '../../model.js';

/** The reading text of a page, its runs into the file, its paragraphs, and how much of it is link text. */
export interface ReadingText {
  text: string;
  runs: Run[];
  blocks: Block[];
  /** Characters of the text inside links (`<a>`): a list of links is no article. */
  linked: number;
}

/** A piece of a text node: decoded characters and the file span they were read from. */
interface Piece {
  value: string;
  from: number;
  to: number;
  /** True when the piece maps whole (a reference, a line end), false when character by character. */
  whole: boolean;
}

interface Visit {
  node: Root | RootContent;
  block: Element | null;
  heading: boolean;
  link: boolean;
}

const REFERENCE = /&(?:#[xX][\da-fA-F]+;?|#\d+;?|[A-Za-z][A-Za-z\d]*;?)/y;

/** Build the reading text from the `kept` text nodes of `tree`, parsed from `file`. */
export function readingText(tree: Root, file: string, kept: ReadonlySet<Text>): ReadingText {
  const builder = new Builder();
  // Walked with a stack: invalid markup can nest elements thousands deep.
  const stack: Visit[] = [{ node: tree, block: null, heading: false, link: false }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { node } = visit;
    if (node.type === 'text') {
      readNode(builder, node, visit, file, kept);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    let { block, heading, link } = visit;
    if (node.type === 'element') {
      if (CAPTION_ELEMENTS.has(node.tagName)) continue;
      if (node.tagName === 'br') builder.end();
      if (BLOCK_ELEMENTS.has(node.tagName)) {
        block = node;
        heading = HEADING_ELEMENTS.has(node.tagName);
      }
      link ||= node.tagName === 'a';
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as RootContent, block, heading, link });
  }
  builder.end();
  return { text: builder.text(), runs: builder.runs, blocks: builder.blocks, linked: builder.linked };
}

function readNode(builder: Builder, node: Text, visit: Visit, file: string, kept: ReadonlySet<Text>): void {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined || !visit.block) return;
  if (!kept.has(node)) {
    // White space between kept nodes of one paragraph (`<b>4</b> <i>ships</i>`) is kept with them.
    if (!/\S/.test(node.value) && builder.isIn(visit.block)) builder.blank(from, to);
    return;
  }
  builder.enter(visit.block, visit.heading);
  for (const piece of pieces(file.slice(from, to), node.value)) {
    const at = from + piece.from;
    if (piece.whole) {
      if (/\S/.test(piece.value)) builder.word(piece.value.replace(/\s+/g, ' '), at, from + piece.to, visit.link);
      else builder.blank(at, from + piece.to);
      continue;
    }
    for (const match of piece.value.matchAll(/\s+|\S+/g)) {
      const start = at + match.index;
      if (/\s/.test(match[0])) builder.blank(start, start + match[0].length);
      else builder.word(match[0], start, start + match[0].length, visit.link);
    }
  }
}

/** The pieces of a text node: its decoded `value` aligned with its `raw` slice of the file. */
function* pieces(raw: string, value: string): Generator<Piece> {
  if (raw === value) {
    yield { value, from: 0, to: raw.length, whole: false };
    return;
  }
  let i = 0;
  let j = 0;
  while (j < value.length) {
    const char = raw.charAt(i);
    if (char === '&') {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(raw)?.[0];
      const decoded = reference ? decodeHTML(reference) : null;
      if (reference && decoded !== null && decoded !== reference && value.startsWith(decoded, j)) {
        yield { value: decoded, from: i, to: i + reference.length, whole: true };
        i += reference.length;
        j += decoded.length;
        continue;
      }
    } else if (char === '\r' && value.charAt(j) === '\n') {
      const to = raw.charAt(i + 1) === '\n' ? i + 2 : i + 1;
      yield { value: '\n', from: i, to, whole: true };
      i = to;
      j++;
      continue;
    }
    let k = 0;
    while (i + k < raw.length && j + k < value.length && raw.charCodeAt(i + k) === value.charCodeAt(j + k) && (k === 0 || !/[&\r]/.test(raw.charAt(i + k)))) k++;
    if (!k) {
      // The parser changed the text in a way not aligned here: the rest of the node maps whole.
      yield { value: value.slice(j), from: Math.min(i, raw.length), to: raw.length, whole: true };
      return;
    }
    yield { value: value.slice(j, j + k), from: i, to: i + k, whole: false };
    i += k;
    j += k;
  }
}

/** The reading text as it is built: paragraphs, folded white space, runs. */
class Builder {
  readonly runs: Run[] = [];
  readonly blocks: Block[] = [];
  linked = 0;
  private readonly parts: string[] = [];
  private length = 0;
  private block: Element | null = null;
  private heading = false;
  /** Offset of the open paragraph's first character; -1 while it has none. */
  private start = -1;
  /** White space seen since the last word, written only when another word follows in the paragraph. */
  private space: { from: number; to: number } | null = null;

  /** True when the open paragraph belongs to `block`. */
  isIn(block: Element): boolean {
    return this.block === block;
  }

  /** Continue the open paragraph when it is `block`'s, else end it and open one for `block`. */
  enter(block: Element, heading: boolean): void {
    if (block === this.block) return;
    this.end();
    this.block = block;
    this.heading = heading;
  }

  /** End the open paragraph. */
  end(): void {
    if (this.start >= 0) this.blocks.push({ start: this.start, end: this.length, heading: this.heading });
    this.start = -1;
    this.block = null;
    this.space = null;
  }

  /** White space read from the file span `[from, to)`. */
  blank(from: number, to: number): void {
    if (this.start < 0) return;
    if (this.space?.to === from) this.space.to = to;
    else this.space ??= { from, to };
  }

  /** Characters without white space, read from the file span `[from, to)`. */
  word(value: string, from: number, to: number, link: boolean): void {
    if (this.start < 0) {
      if (this.length) this.push('\n\n');
      this.start = this.length;
    } else if (this.space) this.push(' ', this.space.from, this.space.to);
    this.space = null;
    this.push(value, from, to);
    if (link) this.linked += value.length;
  }

  text(): string {
    return this.parts.join('');
  }

  private push(value: string, from?: number, to?: number): void {
    if (from !== undefined && to !== undefined) this.map(value.length, from, to - from);
    this.parts.push(value);
    this.length += value.length;
  }

  private map(length: number, fileAt: number, fileLength: number): void {
    const last = this.runs[this.runs.length - 1];
    const linear = length === fileLength;
    if (linear && last && last.length === last.fileLength && last.at + last.length === this.length && last.fileAt + last.fileLength === fileAt) {
      last.length += length;
      last.fileLength += length;
    } else this.runs.push({ at: this.length, length, fileAt, fileLength });
  }
}
