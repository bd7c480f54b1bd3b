/**
 * The paragraphs and headings of a Markdown text, from mdast trees. The parser's time grows
 * faster than the length of one block (nested lists, runs of brackets), so the text is parsed a
 * part at a time, cut at blank lines outside fenced code, and a part longer than `MAX_PART`
 * (no article writes one) is read as plain lines: time stays in proportion to the text.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Span } from '../model.js';

/** A paragraph or heading: from the start of its first inline node to the end of its last. */
export interface Block extends Span {
  heading: boolean;
}

/** The longest part of a Markdown text parsed as Markdown, in characters. */
export const MAX_PART = 5_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The paragraphs and headings of `markdown` in text order, offsets into it (a leading BOM not counted, as mdast drops it). */
export function markdownBlocks(markdown: string): Block[] {
  const text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown;
  return parts(text).flatMap(({ start, end }) => {
    const part = text.slice(start, end);
    const blocks = part.length > MAX_PART ? plainLines(part) : treeBlocks(part);
    return blocks.map((block) => ({ ...block, start: start + block.start, end: start + block.end }));
  });
}

/** The parts of a text between blank lines, a fenced code block kept whole. */
function parts(text: string): Span[] {
  const found: Span[] = [];
  let fence: string | null = null;
  let start: number | null = null;
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(at, end);
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker.slice(0, 3) : null;
    if (fence === null && !/\S/.test(line)) {
      if (start !== null) found.push({ start, end: at });
      start = null;
    } else start ??= at;
    at = end;
  }
  if (start !== null) found.push({ start, end: text.length });
  return found;
}

/** Paragraphs and headings of one part, from its mdast tree (walked with a stack: quotes and lists can nest deep). */
function treeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const stack: Nodes[] = [fromMarkdown(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const start = node.children[0]?.position?.start.offset;
      const end = node.children[node.children.length - 1]?.position?.end.offset;
      if (start !== undefined && end !== undefined) blocks.push({ start, end, heading: node.type === 'heading' });
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return blocks;
}

/** Each line with text a paragraph, trimmed. */
function plainLines(part: string): Block[] {
  const blocks: Block[] = [];
  for (const match of part.matchAll(/[^\r\n]+/g)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body) blocks.push({ start: match.index + lead, end: match.index + lead + body.length, heading: false });
  }
  return blocks;
}
