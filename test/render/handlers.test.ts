import fc from 'fast-check';
import type { AlignType, PhrasingContent, Root } from 'mdast';
import { markdownTable } from 'markdown-table';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { u } from 'unist-builder';
import { describe, expect, it } from 'vitest';
import { link, tableRows, text } from '../../src/render/handlers.js';

const settings = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;
const library = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, settings).freeze();
const ours = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { ...settings, handlers: { link, text } }).freeze();

// Text rich in what Markdown, GFM and HTML treat as syntax, next to words and digits.
const piece = fc.oneof(
  fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '#', '|', '~', '!', '\\', '-', '+', '.', ':', '@', '=', '"', "'", ' ', '\n', '\t', '1.', '2)', 'www.', 'http://', 'a@b.c', '&amp;', '  ', 'word', '12', '“x”'),
  fc.string({ maxLength: 6 }),
);
const value = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

// The constructs the report puts text in: paragraphs, headings, table cells, strong, links, list items.
// Link targets and labels as the report writes them, and ones that need escapes, `<…>` or an autolink.
const url = fc.oneof(
  fc.constantFrom('a.txt#L4', '../seeds/x.txt#L12', 'b%20c.md#L1', 'https://x.org', 'mailto:a@b.c', 'a b.txt', 'a(b).txt', 'a&amp;b', 'a|b', 'a\\b', '<x>', 'www.x.md', 'a_b~c.md', ''),
  fc.array(fc.constantFrom('a', 'Z', '0', '.', '/', '#', '%', '-', '_', '~', ':', '(', ')', '&', '|', ' ', '<', '\\'), { maxLength: 10 }).map((parts) => parts.join('')),
);
const label = fc.oneof(fc.constantFrom('L4', 'S1 L12', 'S12 L3', 'L', ' L4', 'L4 ', 'S1  L2', 'https://x.org', '[x]'), value);

const tree = fc.tuple(value, value, value, value, url, label).map(([a, b, c, d, target, name]): Root => {
  const inline = (s: string): PhrasingContent[] => [u('text', s), u('strong', [u('text', b)]), u('text', c)];
  return u('root', [
    u('heading', { depth: 3 as const }, [u('text', a)]),
    u('paragraph', inline(a)),
    u('table', { align: [] }, [u('tableRow', [u('tableCell', [u('text', a)]), u('tableCell', inline(d))]), u('tableRow', [u('tableCell', [u('link', { url: 'x.md#L1' }, [u('text', c)])]), u('tableCell', [u('text', d), u('inlineCode', b)])])]),
    u('list', { ordered: false, spread: false }, [u('listItem', { spread: false }, [u('paragraph', [u('text', d)])])]),
    u('table', { align: [] }, [u('tableRow', [u('tableCell', [u('text', 'Where')])]), u('tableRow', [u('tableCell', [u('link', { url: target }, [u('text', name)]), u('text', ', '), u('link', { url: target }, [u('text', name)])])])]),
    u('paragraph', [u('link', { url: target }, [u('text', name)]), u('text', a), u('link', { url: target, title: 'x' }, [u('text', name)])]),
  ]);
});

describe('the text and link handlers', () => {
  it('serialize any text and link exactly as mdast-util-to-markdown does', () => {
    fc.assert(fc.property(tree, (root) => ours.stringify(root) === library.stringify(root)), { numRuns: 2000 });
  }, 60_000);

  it('write a line link at once', () => {
    const root: Root = u('root', [u('paragraph', [u('link', { url: '../a/b.txt#L4' }, [u('text', 'S1 L4')])])]);
    expect(ours.stringify(root)).toBe('[S1 L4](../a/b.txt#L4)\n');
  });

  it('return plain words untouched and still escape syntax', () => {
    const root = (s: string): Root => u('root', [u('paragraph', [u('text', s)])]);
    expect(ours.stringify(root('Ten trucks and 40 buses'))).toBe('Ten trucks and 40 buses\n');
    expect(ours.stringify(root('*not* [a] link_here'))).toBe(library.stringify(root('*not* [a] link_here')));
    expect(ours.stringify(root('*not*'))).toBe('\\*not\\*\n');
  });
});

describe('tableRows', () => {
  it('lays out rows exactly as markdown-table does with the report settings', () => {
    const cell = fc.oneof(fc.constant(''), fc.constantFrom(' ', 'a', '|', '-', ':', 'x y', '**b**'), fc.string({ maxLength: 5 }));
    const matrix = fc.array(fc.array(cell, { maxLength: 5 }), { minLength: 1, maxLength: 5 });
    const align = fc.array(fc.constantFrom<AlignType>(null, 'left', 'right', 'center'), { maxLength: 6 });
    fc.assert(
      fc.property(matrix, align, (rows, sides) => tableRows(rows, sides) === markdownTable(rows, { align: sides, alignDelimiters: false, fillRows: false })),
      { numRuns: 5000 },
    );
  });
});
