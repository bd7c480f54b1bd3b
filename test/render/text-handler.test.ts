import fc from 'fast-check';
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { u } from 'unist-builder';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/render/text-handler.js';

const settings = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;
const library = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, settings).freeze();
const ours = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { ...settings, handlers: { text } }).freeze();

// Text rich in what Markdown, GFM and HTML treat as syntax, next to words and digits.
const piece = fc.oneof(
  fc.constantFrom('*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '#', '|', '~', '!', '\\', '-', '+', '.', ':', '@', '=', '"', "'", ' ', '\n', '\t', '1.', '2)', 'www.', 'http://', 'a@b.c', '&amp;', '  ', 'word', '12', '“x”'),
  fc.string({ maxLength: 6 }),
);
const value = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

// The constructs the report puts text in: paragraphs, headings, table cells, strong, links, list items.
const tree = fc.tuple(value, value, value, value).map(([a, b, c, d]): Root => {
  const inline = (s: string): PhrasingContent[] => [u('text', s), u('strong', [u('text', b)]), u('text', c)];
  return u('root', [
    u('heading', { depth: 3 as const }, [u('text', a)]),
    u('paragraph', inline(a)),
    u('table', { align: [] }, [u('tableRow', [u('tableCell', [u('text', a)]), u('tableCell', inline(d))]), u('tableRow', [u('tableCell', [u('link', { url: 'x.md#L1' }, [u('text', c)])]), u('tableCell', [u('text', d), u('inlineCode', b)])])]),
    u('list', { ordered: false, spread: false }, [u('listItem', { spread: false }, [u('paragraph', [u('text', d)])])]),
  ]);
});

describe('the text handler', () => {
  it('serializes any text exactly as mdast-util-to-markdown does', () => {
    fc.assert(fc.property(tree, (root) => ours.stringify(root) === library.stringify(root)), { numRuns: 3000 });
  });

  it('returns plain words untouched and still escapes syntax', () => {
    const root = (s: string): Root => u('root', [u('paragraph', [u('text', s)])]);
    expect(ours.stringify(root('Ten trucks and 40 buses'))).toBe('Ten trucks and 40 buses\n');
    expect(ours.stringify(root('*not* [a] link_here'))).toBe(library.stringify(root('*not* [a] link_here')));
    expect(ours.stringify(root('*not*'))).toBe('\\*not\\*\n');
  });
});
