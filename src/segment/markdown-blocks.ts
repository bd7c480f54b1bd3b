/**
 * The paragraphs and headings of a Markdown text, read from micromark's events rather than an
 * mdast tree: segmenting needs only where each block's inline content starts and ends, and
 * building the tree (mdast-util-from-markdown) cost a third more than the events alone.
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Span } from '../model.js';
import { plainBlocks } from './plain-markdown.js';

/** A paragraph or heading: from the start of its first inline node to the end of its last. */
export interface Block extends Span {
  heading: boolean;
}

/** The tokens whose inline content becomes a paragraph or heading in mdast, and whether it is a heading. */
const CONTAINERS: ReadonlyMap<string, boolean> = new Map([
  ['paragraph', false],
  ['atxHeadingText', true],
  ['setextHeadingText', true],
]);

// Combining micromark's constructs costs as much per call as parsing a short article: one parser
// serves every text, with its per-document state (definitions, lazy lines) reset each time.
const parser = parse();

/** The paragraphs and headings of `markdown` in text order, offsets into it (a leading BOM not counted, as micromark drops it). */
export function markdownBlocks(markdown: string): Block[] {
  return plainBlocks(markdown) ?? eventBlocks(markdown);
}

/** `markdownBlocks` from micromark's events, whatever the text (the fast path's reference in tests). */
export function eventBlocks(markdown: string): Block[] {
  parser.defined = [];
  parser.lazy = {};
  const events = postprocess(parser.document().write(preprocess()(markdown, undefined, true)));
  const blocks: Block[] = [];
  let depth = 0;
  // The depth of the open container's children, and the block it makes; -1 outside one.
  let inner = -1;
  let block: Block = { start: -1, end: -1, heading: false };
  for (const [kind, token] of events) {
    if (kind === 'exit') depth--;
    const heading = CONTAINERS.get(token.type);
    if (inner < 0 && kind === 'enter' && heading !== undefined) {
      inner = depth + 1;
      blocks.push((block = { start: -1, end: -1, heading }));
    } else if (depth === inner && token.type !== 'lineSuffix') {
      // The white space that ends a block's last line (`lineSuffix`) makes no mdast node.
      if (block.start < 0) block.start = token.start.offset;
      block.end = token.end.offset;
    } else if (depth === inner - 1) inner = -1;
    if (kind === 'enter') depth++;
  }
  return blocks.filter((found) => found.start >= 0);
}
