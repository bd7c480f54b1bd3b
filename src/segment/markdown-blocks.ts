/** The paragraphs and headings of a Markdown text, from its mdast tree. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Span } from '../model.js';

/** A paragraph or heading: from the start of its first inline node to the end of its last. */
export interface Block extends Span {
  heading: boolean;
}

/** The paragraphs and headings of `markdown` in text order, offsets into it (a leading BOM not counted, as mdast drops it). */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  visit(fromMarkdown(markdown), (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const start = node.children[0]?.position?.start.offset;
    const end = node.children[node.children.length - 1]?.position?.end.offset;
    if (start !== undefined && end !== undefined) blocks.push({ start, end, heading: node.type === 'heading' });
    return 'skip';
  });
  return blocks;
}
