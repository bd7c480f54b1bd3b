import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, type Block } from '../../src/segment/markdown-blocks.js';
import { plainBlocks } from '../../src/segment/plain-markdown.js';

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

// Prose lines and `# Heading` lines, most of them plain, some opening another block or near the edge of one.
const start = fc.constantFrom('The', 'the', 'Éa', '“Q', '‘q', '"q', "'q", '(a', '«a', '12 ships', '2024.', '1. ', '3) ', '10)', '# ', '## ', '###### ', '####### ', '#', '# #', '#x', '= ', '-', '*', '_', '>', '<b>', '[a]: /u', ' ', '   ', '    ', '`', '~', '+', '!', '\u00A0', '\uFEFF', '&amp;');
const rest = fc.constantFrom('', 'word', '*a*', ' word', ' two words', ' *em*', ' `code`', ' [a](b)', ' <i>', ' #', ' \\', '\\', ' ', '  ', '\t', ' x\r', ' é', ' “q”', ' #a', ' a#');
const plainLine = fc.tuple(start, fc.array(rest, { maxLength: 3 })).map(([head, tail]) => head + tail.join(''));
const plain = fc.array(fc.oneof({ weight: 3, arbitrary: plainLine }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 8 }).map((lines) => lines.join('\n'));

describe('plainBlocks', () => {
  it('gives the spans of the mdast tree, or leaves the text to micromark', () => {
    let taken = 0;
    fc.assert(
      fc.property(plain, (value) => {
        const fast = plainBlocks(value);
        if (fast) taken++;
        return fast === null || JSON.stringify(fast) === JSON.stringify(treeBlocks(value));
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(500);
  }, 20_000);

  it('takes prose and headings, and leaves lists and quotes to micromark', () => {
    const text = '# A bridge closes\n\nThe agency closed it.  \nIt reopens in June.\n12 crews work on it.  \n';
    expect(plainBlocks(text)?.map(({ start, end, heading }) => [text.slice(start, end), heading])).toEqual([
      ['A bridge closes', true],
      ['The agency closed it.  \nIt reopens in June.\n12 crews work on it.', false],
    ]);
    expect(['- item', '> quote', '1. first', 'Text\n===', '\tcode', 'Line\r\n'].map(plainBlocks)).toEqual(Array(6).fill(null));
  });
});

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
