import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compareSources, stringify, toJson, toMarkdown, toMdast, toSource } from '../../src/index.js';

const story = () =>
  compareSources([
    Object.assign(toSource('story/wire.txt', 'Bridge reopens after repairs\n\nThe bridge reopened on May 2 after 14 weeks of work.\n\n“It is safe again,” said engineer Tove Lind.\n'), { published: '2026-05-04' }),
    Object.assign(toSource('story/paper.txt', 'Old bridge open again\n\nAfter 17 weeks of work, the bridge reopened on May 2.\n\n# Breaking | not a table | <b>bold</b> [x](javascript:alert(1))\n'), { published: '2026-05-05' }),
  ]);

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('toMarkdown', () => {
  const markdown = toMarkdown(story(), { linkTo: (source) => `../${source.path}` });
  const tree = parse(markdown);

  it('has the sections of DESIGN.md in order', () => {
    const headings: string[] = [];
    visit(tree, 'heading', (node) => {
      if (node.depth <= 2) headings.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
    });
    expect(headings).toEqual(['Consistency report', 'Sources', 'Conflicts', 'Partial agreements', 'Agreements', 'Quotes', 'Single-source claims', 'Entity coverage']);
  });

  it('links every claim to its line, relative to the report', () => {
    const urls: string[] = [];
    visit(tree, 'link', (node) => void urls.push(node.url));
    expect(urls).toContain('../story/wire.txt#L3');
    expect(urls).toContain('../story/paper.txt#L3');
    expect(urls.every((url) => url.startsWith('../story/'))).toBe(true);
  });

  it('reports the planted conflict with both values in its reason', () => {
    expect(markdown).toMatch(/## Conflicts\n\n### Duration: .*\n\npaper states 17 weeks, wire states 14 weeks: the figures differ/);
  });

  it('keeps article text inert: no heading, html or link comes from it', () => {
    const htmlNodes: string[] = [];
    visit(tree, 'html', (node) => void htmlNodes.push(node.value));
    expect(htmlNodes).toEqual([]);
    let headings = 0;
    visit(tree, 'heading', () => void headings++);
    const urls: string[] = [];
    visit(tree, 'link', (node) => void urls.push(node.url));
    expect(urls.some((url) => url.startsWith('javascript'))).toBe(false);
    expect(markdown).not.toContain('\n# Breaking');
    expect(headings).toBeGreaterThan(0);
  });
});

describe('toJson', () => {
  it('holds the contract: schema, summary, exact slices and points', () => {
    const comparison = story();
    const report = JSON.parse(toJson(comparison));
    expect(report.schema).toBe('crosscheck/report@1');
    expect(report.summary.sources).toBe(2);
    const texts = new Map(comparison.sources.map((s) => [s.id, s.text]));
    for (const group of report.groups) {
      for (const claim of group.claims) {
        const text = texts.get(claim.source) as string;
        expect(text.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text);
        const before = text.slice(0, claim.position.start.offset);
        expect(claim.position.start.line).toBe(before.split('\n').length);
        expect(claim.position.start.column).toBe(before.length - before.lastIndexOf('\n'));
      }
    }
  });

  it('gives the same bytes whatever the order of the sources', () => {
    const comparison = story();
    const reversed = compareSources([...comparison.sources].reverse());
    expect(toJson(reversed)).toBe(toJson(comparison));
  });
});

describe('toMarkdown on a large comparison', () => {
  // Forty articles, each with claims of its own and some shared: more than one batch of top-level nodes.
  const goods = ['crates', 'barrels', 'sacks', 'pallets', 'drums', 'bales', 'casks', 'cartons', 'bundles', 'tins'];
  const sources = Array.from({ length: 40 }, (_, i) =>
    toSource(
      `many/a${i}.txt`,
      `Report number ${i}\n\nThe depot stored ${1000 + i * 37} ${goods[i % 10]} on March ${1 + (i % 27)}, 2025.\n\n“We counted ${i + 3} trucks,” said clerk Anna Berg.\n\nQuay ${i} handled ${300 + i} ${goods[(i + 3) % 10]} in ${i + 2} weeks.\n`,
    ),
  );
  const comparison = compareSources(sources);

  it('serializes batch by batch exactly as the whole tree would be', () => {
    const tree = toMdast(comparison);
    expect(tree.children.length).toBeGreaterThan(48);
    expect(toMarkdown(comparison)).toBe(stringify(tree));
  });
});

describe('conflict tables', () => {
  // Two outlets print the same wire sentence; a third states another figure.
  const wire = 'The storm cut power to 41,000 homes on Friday, the grid operator said.';
  const comparison = compareSources([
    toSource('wire/a.txt', `Storm hits coast\n\n${wire}\n`),
    toSource('wire/b.txt', `Coast storm\n\nLocal news first.\n\n${wire}\n`),
    toSource('wire/c.txt', `Power cut\n\nThe storm cut power to 52,000 homes on Friday, the grid operator said.\n`),
  ]);
  const markdown = toMarkdown(comparison);

  it('give one row to a sentence several sources print alike, linking each', () => {
    const rows = markdown.split('\n').filter((line) => line.includes('41,000') && line.startsWith('| S'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| S1, S2 \| .* \| \[S1 L3\]\(wire\/a\.txt#L3\), \[S2 L5\]\(wire\/b\.txt#L5\) \|$/);
    expect(markdown).toMatch(/^\| S3 \| .*52,000.* \| \[L3\]\(wire\/c\.txt#L3\) \|$/m);
  });
});

describe('agreement rows', () => {
  it('link a line once when a source restates the fact on it', () => {
    const comparison = compareSources([
      toSource('dam/a.txt', 'Dam holds\n\nThe dam held back 3 million tonnes of water. Engineers said the dam held back 3 million tonnes of water.\n'),
      toSource('dam/b.txt', 'Dam report\n\nThe old dam held back 3 million tonnes of water, engineers said.\n'),
    ]);
    const group = comparison.groups.find((g) => g.verdict === 'agree');
    expect(group?.claims.map((c) => c.source)).toEqual(['a', 'a', 'b']);
    expect(toMarkdown(comparison)).toMatch(/^\| Quantity \| .* \| \[S1 L3\]\(dam\/a\.txt#L3\), \[S2 L3\]\(dam\/b\.txt#L3\) \|$/m);
  });
});
