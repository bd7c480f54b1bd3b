/**
 * A fast path for the Markdown most articles are: paragraphs of prose between blank lines and
 * `# Heading` lines, with nothing that opens another block at a line start. There the blocks
 * are the runs of lines, and no parser is needed; anything else returns null and goes to
 * micromark (property-tested equal).
 */
import type { Block } from './markdown-blocks.js';

// A line that can only continue or start a paragraph: it opens with a letter, a digit that is
// no list number, or an opening quote; no marker of a list, quote, heading, fence, rule or HTML.
const PROSE = /^(?:[\p{L}“‘"'(«]|\d+(?![\d.)]))/u;
// One to six `#`, a space and text with no `#`, backslash or white space at either end.
const HEADING = /^#{1,6} (?=[^\s#\\])[^#\\]*[^\s#\\]$/;
// Characters the parser counts or reads otherwise: tabs (columns), CR (line endings), NUL.
const SPECIAL = /[\t\r\0]/;

/** The paragraphs and headings of `markdown` when it is plain prose and `# Heading` lines; null otherwise. */
export function plainBlocks(markdown: string): Block[] | null {
  if (SPECIAL.test(markdown)) return null;
  const blocks: Block[] = [];
  let paragraph: Block | null = null;
  for (let start = 0; start <= markdown.length; ) {
    const newline = markdown.indexOf('\n', start);
    const end = newline < 0 ? markdown.length : newline;
    const line = markdown.slice(start, end);
    if (!line) paragraph = null;
    else if (HEADING.test(line)) {
      paragraph = null;
      blocks.push({ start: start + line.indexOf(' ') + 1, end, heading: true });
    } else if (!PROSE.test(line)) return null;
    else if (paragraph) paragraph.end = end;
    else blocks.push((paragraph = { start, end, heading: false }));
    start = end + 1;
  }
  // The spaces that end a paragraph's last line are no part of its text.
  for (const block of blocks) while (markdown.charCodeAt(block.end - 1) === 0x20) block.end--;
  return blocks;
}
