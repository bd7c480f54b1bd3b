import fc from 'fast-check';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Info, State } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { u } from 'unist-builder';
import { describe, expect, it } from 'vitest';
import { link, paragraph, table, tableCell, text } from '../../src/render/handlers.js';
import { flatPhrasing } from '../../src/render/phrasing.js';

const settings = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' } as const;
const library = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, settings).freeze();
const ours = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { ...settings, handlers: { link, paragraph, table, tableCell, text } }).freeze();

// Text rich in what Markdown, GFM and HTML treat as syntax, next to words, digits and spaces.
const piece = fc.oneof(
  fc.constantFrom('*', '**', '_', '__', '`', '[', ']', '(', ')', '<', '>', '&', '#', '|', '~', '~~', '!', '\\', '-', '+', '.', ':', '@', '$', ' ', '  ', '\n', '\t', '\u00a0', '1.', '2)', '3', 'www.x', 'a@b.c', '&amp;', 'word', 'é', '😀', '“x”', '—'),
  fc.string({ maxLength: 4 }),
);
const value = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const url = fc.constantFrom('a.txt#L4', '../x/b.md#L12', 'a b.txt', 'https://x.org', '', 'a_b.md');

const leaf: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 5, arbitrary: value.map((v) => u('text', v)) },
  { weight: 1, arbitrary: value.map((v) => u('inlineCode', v)) },
  { weight: 1, arbitrary: fc.tuple(url, value).map(([target, label]) => u('link', { url: target }, [u('text', label)])) },
);
const attention = fc.tuple(fc.constantFrom('strong', 'emphasis', 'delete'), fc.array(leaf, { maxLength: 3 })).map(([type, children]) => ({ type, children }) as PhrasingContent);
// Mostly flat phrasing (the fast path's shapes), sometimes nested attention (the library's).
const inline = fc.array(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 3, arbitrary: attention }, { weight: 1, arbitrary: attention.map((outer) => ({ ...outer, children: [u('text', 'a'), outer] }) as PhrasingContent) }), { maxLength: 6 });

const tree = fc.array(inline, { minLength: 4, maxLength: 4 }).map(([a, b, c, d]): Root => {
  const blocks: RootContent[] = [
    u('paragraph', a as PhrasingContent[]),
    u('table', { align: [null, 'right'] }, [u('tableRow', [u('tableCell', [u('text', 'Head')]), u('tableCell', b as PhrasingContent[])]), u('tableRow', [u('tableCell', c as PhrasingContent[]), u('tableCell', d as PhrasingContent[])])]),
    u('table', { align: [] }, [u('tableRow', [u('tableCell', a as PhrasingContent[])]), u('tableRow', [u('tableCell', []), u('tableCell', d as PhrasingContent[]), u('tableCell', [u('text', '|')])])]),
    u('list', { ordered: false, spread: false }, [u('listItem', { spread: false }, [u('paragraph', b as PhrasingContent[])])]),
    u('blockquote', [u('paragraph', c as PhrasingContent[])]),
    u('heading', { depth: 3 as const }, d as PhrasingContent[]),
  ];
  return u('root', blocks);
});

describe('flatPhrasing in the tableCell and paragraph handlers', () => {
  it('serializes any phrasing exactly as mdast-util-to-markdown does', () => {
    fc.assert(
      fc.property(tree, (root) => ours.stringify(root) === library.stringify(root)),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('gives the library answer or none between any characters', () => {
    const around = fc.constantFrom('', '*', '**', '_', '~', '|', ' ', '\n', '.', 'a', '😀');
    fc.assert(
      fc.property(inline, around, around, (children, before, after) => {
        let same = true;
        const compare = (node: Paragraph, _: unknown, state: State, info: Info) => {
          const fast = flatPhrasing(node, state, { ...info, before, after });
          if (fast !== undefined) same &&= fast === state.containerPhrasing(node, { ...info, before, after });
          return '';
        };
        unified().use(remarkGfm).use(remarkStringify, { ...settings, handlers: { paragraph: compare } }).stringify(u('root', [u('paragraph', children as PhrasingContent[])]));
        return same;
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('applies to the report rows and paragraphs', () => {
    const probe = unified()
      .use(remarkGfm)
      .use(remarkStringify, { ...settings, handlers: { paragraph: (node: Paragraph, _: unknown, state: State, info: Info) => flatPhrasing(node, state, info) ?? 'FALLBACK' } })
      .freeze();
    const row = (children: PhrasingContent[]) => probe.stringify(u('root', [u('paragraph', children)]));
    expect(row([u('text', 'The cost of the works is '), u('strong', [u('text', '$47.4 million')]), u('text', '.')])).toBe('The cost of the works is **$47.4 million**.\n');
    expect(row([u('link', { url: 'a.md#L11' }, [u('text', 'S1 L11')]), u('text', ', '), u('link', { url: 'b.md#L3' }, [u('text', 'S2 L3')])])).toBe('[S1 L11](a.md#L11), [S2 L3](b.md#L3)\n');
    expect(row([u('text', 'see '), u('inlineCode', 'www.x.org'), u('text', ' now')])).toBe('see `www.x.org` now\n');
    // A strong between letters with punctuation inside needs an encoded neighbour: the library's.
    expect(row([u('text', 'US'), u('strong', [u('text', '$4')]), u('text', 'm')])).toBe('FALLBACK\n');
  });
});
