/**
 * Stage 2, segment: a source becomes paragraphs and sentences with offsets into its text.
 * Plain text: one paragraph per line. Markdown: its paragraphs and headings, as mdast would have them.
 * A page (HTML): the paragraphs and headings its markup marks, which ingest found.
 */
import type { Paragraph, Segmented, Sentence, Source, Span } from '../model.js';
import { markdownBlocks } from './markdown-blocks.js';
import { splitSentences } from './sentences.js';

/** Cut a source into paragraphs and sentences, leaving out boilerplate. */
export function segment(source: Source): Segmented {
  const blocks = source.blocks ? source.blocks.map((block, index) => ({ ...block, index })) : /\.(md|markdown)$/i.test(source.path) ? markdownParagraphs(source) : textBlocks(source);
  const paragraphs = withoutChrome(blocks, source.boilerplate).map((block, index) => ({ ...block, index }));
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const text = source.text.slice(paragraph.start, paragraph.end);
    for (const span of paragraph.heading ? trimmed(text) : splitSentences(text)) {
      const start = paragraph.start + span.start;
      const end = paragraph.start + span.end;
      sentences.push({ source: source.id, start, end, text: source.text.slice(start, end), paragraph: paragraph.index, index: sentences.length, heading: paragraph.heading });
    }
  }
  return { source, paragraphs, sentences };
}

function textBlocks(source: Source): Paragraph[] {
  const blocks: Paragraph[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = source.bodyStart;
  for (let match = pattern.exec(source.text); match; match = pattern.exec(source.text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (!body) continue;
    const start = match.index + lead;
    const span = { start, end: start + body.length };
    const isTitle = source.titleSpan !== null && source.titleSpan.start === span.start;
    blocks.push({ ...span, index: blocks.length, heading: isTitle || looksLikeHeading(body) });
  }
  return blocks;
}

function markdownParagraphs(source: Source): Paragraph[] {
  const body = source.text.slice(source.bodyStart);
  // micromark drops a leading BOM and counts offsets without it; the source text keeps it.
  const shift = source.bodyStart + (body.startsWith('\uFEFF') ? 1 : 0);
  return markdownBlocks(body).map((block, index) => ({ start: shift + block.start, end: shift + block.end, index, heading: block.heading }));
}

/** A heading is one sentence: its text without the white space around it (none when blank). */
function trimmed(text: string): Span[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return start < end ? [{ start, end }] : [];
}

/** A short line with no closing punctuation reads as a section heading. */
function looksLikeHeading(line: string): boolean {
  return !/[.!?:;,”"’)]$/.test(line) && line.split(/\s+/).length <= 12;
}

/** The blocks (in text order) that overlap no chrome span: one sweep, as a file can hold thousands of both. */
function withoutChrome(blocks: readonly Paragraph[], chrome: readonly Span[]): Paragraph[] {
  const spans = [...chrome].sort((a, b) => a.start - b.start);
  let next = 0;
  return blocks.filter((block) => {
    while (next < spans.length && (spans[next] as Span).end <= block.start) next++;
    const span = spans[next];
    return !(span && span.start < block.end);
  });
}
