/** Hostile article text stays literal text in the Markdown report: no structure, links, images, mentions or hidden content. */
import fc from 'fast-check';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compareSources, toJson, toSource } from '../../src/index.js';
import { CELL_CHARS, fold, inert, LINE_LABEL, linksFrom, textNode } from '../../src/render/context.js';
import { checkReport } from '../robustness/report-check.js';

/** Two articles with `hostile` in the title, next to a conflicting claim, and inside a shared quote. */
function story(hostile: string) {
  return compareSources([
    toSource('story/wire.txt', `Ferry line reopens ${hostile}\n\nThe ferries sailed again on May 2 after 14 weeks ${hostile} of repairs.\n\n“We are back ${hostile} at work,” said Ana Lee.\n`),
    toSource('story/paper.txt', `Ferries sail again on the coast\n\nAfter 17 weeks ${hostile} of repairs, the ferries sailed again on May 2.\n\n“We are back ${hostile} at work,” said Ana Lee.\n`),
  ]);
}

/** All literal text of a parsed report: text and inline code values. */
function literal(parsed: Root): string {
  const values: string[] = [];
  visit(parsed, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') values.push(node.value);
  });
  return values.join('');
}

function codes(parsed: Root): string[] {
  const values: string[] = [];
  visit(parsed, 'inlineCode', (node) => void values.push(node.value));
  return values;
}

describe('hostile text in the Markdown report', () => {
  it.each([
    ['a Markdown heading', '# Breaking heading'],
    ['a heading like the report’s own', '## Conflicts'],
    ['the report’s title', '# Consistency report'],
    ['a table row', '| a | table | row |'],
    ['a script tag', '<script>alert(1)</script>'],
    ['an image tag', '<img src=x onerror=alert(1)>'],
    ['an HTML comment', '<!-- hidden -->'],
    ['a details block', '<details><summary>More</summary>hidden</details>'],
    ['backticks', '`code` and ``` fences'],
    ['a javascript link', '[click](javascript:alert(1))'],
    ['an image', '![](http://tracker.test/pixel.png)'],
    ['a list item and a quote mark', '- item > quote'],
    ['emphasis and strike', '**bold** _it_ ~~gone~~'],
    ['a footnote and an entity', '[^1] &amp; &#x202E;'],
  ])('keeps %s as literal text', (_name, hostile) => {
    const { parsed, problems } = checkReport(story(hostile));
    expect(problems).toEqual([]);
    expect(literal(parsed)).toContain(hostile);
  });

  it.each([
    ['a bare URL', 'https://evil.test/x?y=1', 'https://evil.test/x?y=1'],
    ['a www. address', 'www.evil.test/page', 'www.evil.test/page'],
    ['an e-mail address', 'press@evil.test', 'press@evil.test'],
    ['a mention', '@octocat', '@octocat'],
    ['a team mention', '@github/security', '@github/security'],
    ['an issue reference', '#123', '#123'],
    ['a cross-repository reference', 'owner/repo#45', 'owner/repo#45'],
    ['a GH- reference', 'GH-77', 'GH-77'],
    ['a commit hash', 'a5c3785ed8d6', 'a5c3785ed8d6'],
    ['a mailto: URL', 'mailto:press@evil.test', 'mailto:press@evil.test'],
  ])('puts %s in inline code, where GitHub neither links nor mentions', (_name, hostile, code) => {
    const { parsed, problems } = checkReport(story(`see ${hostile} now`));
    expect(problems).toEqual([]);
    expect(codes(parsed)).toContain(code);
  });

  it.each([
    ['right-to-left override', '\u202E', 'U+202E'],
    ['left-to-right embedding', '\u202A', 'U+202A'],
    ['pop directional formatting', '\u202C', 'U+202C'],
    ['first strong isolate', '\u2068', 'U+2068'],
    ['pop directional isolate', '\u2069', 'U+2069'],
    ['left-to-right mark', '\u200E', 'U+200E'],
    ['right-to-left mark', '\u200F', 'U+200F'],
    ['zero-width space', '\u200B', 'U+200B'],
    ['zero-width non-joiner', '\u200C', 'U+200C'],
    ['zero-width joiner', '\u200D', 'U+200D'],
    ['word joiner', '\u2060', 'U+2060'],
    ['zero-width no-break space', '\uFEFF', 'U+FEFF'],
    ['a tag character', '\u{E0041}', 'U+E0041'],
    ['an escape control', '\u001B', 'U+001B'],
  ])('shows a %s as a visible escape', (_name, char, code) => {
    const { markdown, parsed, problems } = checkReport(story(`gift${char}card`));
    expect(problems).toEqual([]);
    expect(markdown).not.toContain(char);
    expect(literal(parsed)).toContain(`gift⟨${code}⟩card`);
  });

  it('keeps the JSON exact: no escapes there', () => {
    const json = JSON.parse(toJson(story('see @octocat \u202E now')));
    const sentences: string[] = json.groups.flatMap((g: { claims: Array<{ sentence: string }> }) => g.claims.map((c) => c.sentence));
    expect(sentences.some((s) => s.includes('see @octocat \u202E now'))).toBe(true);
  });

  it.each([
    ['a very long line of words', 'word '.repeat(4000)],
    ['one very long word', 'x'.repeat(20_000)],
    ['a long run of hashes', ' #'.repeat(5000)],
  ])('caps %s in every cell and line', (_name, hostile) => {
    const { markdown, problems } = checkReport(story(hostile));
    expect(problems).toEqual([]);
    expect(markdown).toContain('…');
    expect(Math.max(...markdown.split('\n').map((line) => line.length))).toBeLessThan(3000);
  });

  it('links a file whose name reads as a URL scheme as a relative path', () => {
    const comparison = compareSources([toSource('javascript:alert(1).txt', 'Ferry line reopens after strike\nThe ferries sailed again on May 2.\n')]);
    const { parsed, problems } = checkReport(comparison);
    expect(problems).toEqual([]);
    const urls: string[] = [];
    visit(parsed, 'link', (node) => void urls.push(node.url));
    expect(urls).toContain('./javascript:alert(1).txt#L2');
    expect(linksFrom('report.md')(comparison.sources[0]!)).toBe('./javascript:alert(1).txt');
  });

  it('escapes a # in a file name, so the line anchor stays the only fragment', () => {
    const comparison = compareSources([toSource('issue#12.txt', 'Ferry line reopens after strike\nThe ferries sailed again on May 2.\n')]);
    const { parsed, problems } = checkReport(comparison);
    expect(problems).toEqual([]);
    const urls: string[] = [];
    visit(parsed, 'link', (node) => void urls.push(node.url));
    expect(urls).toContain('issue%2312.txt#L2');
  });
});

describe('inert', () => {
  it.each([
    ['plain words', [{ type: 'text', value: 'plain words' }]],
    ['mail press@evil.test now', [{ type: 'text', value: 'mail ' }, { type: 'inlineCode', value: 'press@evil.test' }, { type: 'text', value: ' now' }]],
    ['ask @octocat', [{ type: 'text', value: 'ask ' }, { type: 'inlineCode', value: '@octocat' }]],
    ['fixes #12, see a/b#3', [{ type: 'text', value: 'fixes ' }, { type: 'inlineCode', value: '#12' }, { type: 'text', value: ', see ' }, { type: 'inlineCode', value: 'a/b#3' }]],
    ['line\r\nbreaks\tfold', [{ type: 'text', value: 'line breaks fold' }]],
    ['a\u202Eb', [{ type: 'text', value: 'a⟨U+202E⟩b' }]],
    ['o/r#45@octocat joined', [{ type: 'inlineCode', value: 'o/r#45@octocat' }, { type: 'text', value: ' joined' }]],
    ['see a/b#3#4 now', [{ type: 'text', value: 'see ' }, { type: 'inlineCode', value: 'a/b#3#4' }, { type: 'text', value: ' now' }]],
  ])('turns %j into %j', (input, nodes) => {
    expect(inert(input)).toEqual(nodes);
  });

  it.each([
    ['no mention in an e-mail address or a word', 'user@ and x@y and C# 7 and #hashtag', 0],
    ['no reference in a price or a plain number', 'paid $5 for 1234567 items', 0],
  ])('leaves ordinary text alone: %s', (_name, input, count) => {
    expect(inert(input).filter((node) => node.type === 'inlineCode')).toHaveLength(count);
  });

  it('caps at CELL_CHARS with an ellipsis, never inside a surrogate pair or an escape', () => {
    expect((inert('y'.repeat(CELL_CHARS + 50))[0] as { value: string }).value).toBe(`${'y'.repeat(CELL_CHARS)}…`);
    const emoji = (inert(`${'y'.repeat(CELL_CHARS - 1)}😀😀`)[0] as { value: string }).value;
    expect(emoji).toBe(`${'y'.repeat(CELL_CHARS - 1)}…`);
    const escaped = (inert(`${'y'.repeat(CELL_CHARS - 3)}\u202E tail`)[0] as { value: string }).value;
    expect(escaped).toBe(`${'y'.repeat(CELL_CHARS - 3)}…`);
  });

  it('folds white space as replacing every run with one space would', () => {
    const text = fc.array(fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', 'b.', '—'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => fold(value) === value.replace(/\s+/g, ' ')), { numRuns: 5000 });
  });

  it('returns a line label as the one text node that LINE_LABEL stands for', () => {
    const label = fc.oneof(fc.stringMatching(LINE_LABEL), fc.string({ maxLength: 16 }), fc.stringMatching(/^S?[\dA-Fa-f]{1,8} ?L?[\dA-Fa-f]{1,8}$/));
    fc.assert(fc.property(label, (value) => !LINE_LABEL.test(value) || JSON.stringify(inert(value)) === JSON.stringify([textNode(value)])), { numRuns: 5000 });
    expect(LINE_LABEL.test('S12 L4') && LINE_LABEL.test('L999999') && !LINE_LABEL.test('S1 L1234567')).toBe(true);
  });
});
