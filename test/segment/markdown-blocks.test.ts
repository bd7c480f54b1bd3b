import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, type Block } from '../../src/segment/markdown-blocks.js';

/** The reference: paragraphs and headings of the mdast tree, first child's start to last child's end. */
function treeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  visit(fromMarkdown(markdown), (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    const first = node.children[0]?.position?.start.offset;
    const last = node.children[node.children.length - 1]?.position?.end.offset;
    if (first === undefined || last === undefined) return;
    blocks.push({ start: first, end: last, heading: node.type === 'heading' });
    return 'skip';
  });
  return blocks;
}

// Line openings that make containers and blocks: quotes, lists, indents, headings, fences, HTML, tables.
const opening = fc.constantFrom('', '', '', '> ', '>', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '  ', '   ', '    ', '\t', ' \t', '# ', '## ', '###### ', '####### ', '#', '```', '~~~', '    ```', '<div>', '</div>', '<!-- ', '<pre>', '| ', '- [ ] ');
// Inline pieces: words, emphasis, code, links, references, definitions, entities, escapes, autolinks, hard breaks.
const inline = fc.constantFrom('word', 'Two words', ' ', '  ', '\t', '*', '**', '_', '`', '``', '[a]', '[a](b)', '![i](s)', '[a]: /u', '[a][]', '&amp;', '&#1;', '&nope;', '\\', '\\*', '<http://x.y>', '<b>', '-->', '|', '|---|', ' | ', '===', '---', '***', '#', ' #', '.', '1.', '“q”', 'é', '😀', '\u00A0');
const ending = fc.constantFrom('', '', '  ', '\\', ' ', '\t', ' #');
const line = fc.tuple(opening, fc.array(inline, { maxLength: 5 }), ending).map(([start, parts, end]) => start + parts.join('') + end);
const newline = fc.constantFrom('\n', '\n', '\n', '\n\n', '\r\n', '\r');
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, newline), { maxLength: 10 }))
  .map(([bom, lines]) => (bom ? '\uFEFF' : '') + lines.map(([text, end]) => text + end).join(''));

describe('markdownBlocks', () => {
  it('gives the spans of the mdast tree, for any Markdown, one text after another', () => {
    fc.assert(fc.property(markdown, (value) => JSON.stringify(markdownBlocks(value)) === JSON.stringify(treeBlocks(value))), { numRuns: 3000 });
  }, 20_000);

  it('gives each paragraph and heading from its first inline node to its last', () => {
    const text = '# Title #  \n\nSub\n===\n\n> Quoted *words*  \n> go on   \n\n- item\n\n      code\n\n[a]: /u\n';
    expect(markdownBlocks(text).map(({ start, end, heading }) => [text.slice(start, end), heading])).toEqual([
      ['Title', true],
      ['Sub', true],
      ['Quoted *words*  \n> go on', false],
      ['item', false],
    ]);
  });
});
