/**
 * Checks that a Markdown report, parsed back with remark (GFM), has exactly the structure the
 * renderer built: article text never becomes a heading, link, image, HTML, list or table of its
 * own, never hides as an invisible character, and never holds what GitHub would autolink or
 * mention outside inline code.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { stringify, toMdast, type MarkdownOptions } from '../../src/index.js';
import type { Comparison } from '../../src/model.js';

const SECTIONS = new Set(['Sources', 'Conflicts', 'Partial agreements', 'Agreements', 'Quotes', 'Single-source claims', 'Entity coverage']);
const INVISIBLE = /[\0-\x08\x0E-\x1F\x7F-\x9F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u{E0000}-\u{E007F}]|\p{Cs}/u;
/** What GitHub links or mentions in plain text. */
const LINKABLE: ReadonlyArray<[string, RegExp]> = [
  ['a URL', /[a-z][a-z0-9+.-]*:\/\/\S/i],
  ['a javascript: URL', /javascript:/i],
  ['a www. address', /(?:^|[^\w])www\.\S/i],
  ['an e-mail address', /\w@[\w-]+\.\w/],
  ['a mention', /(?:^|[^\w])@[a-z0-9]/i],
  ['an issue reference', /(?:^|[^\w&])#\d/],
  ['a cross-repository reference', /[\w.-]\/[\w.-]+#\d/],
];
/** The longest text run the report may hold: a quote or a reason (1,000), its ellipsis and ` — `. */
export const LONGEST_RUN = 1004;

/** The report's Markdown, its parse, and every way the parse strays from what the renderer built. */
export function checkReport(comparison: Comparison, options: MarkdownOptions = {}): { markdown: string; parsed: Root; problems: string[] } {
  const built = toMdast(comparison, options);
  const markdown = stringify(built);
  const parsed = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const problems: string[] = [];
  const builtShape = shape(built);
  const parsedShape = shape(parsed);
  for (const key of new Set([...builtShape.keys(), ...parsedShape.keys()])) {
    if (builtShape.get(key) !== parsedShape.get(key)) problems.push(`${key}: the renderer built ${builtShape.get(key) ?? 0}, the Markdown holds ${parsedShape.get(key) ?? 0}`);
  }
  const urls = (tree: Root) => {
    const found: string[] = [];
    visit(tree, 'link', (node) => void found.push(node.url));
    return found.sort();
  };
  if (urls(built).join('\n') !== urls(parsed).join('\n')) problems.push(`links differ: ${JSON.stringify(urls(parsed))}`);
  for (const url of urls(parsed)) if (/^[a-z][a-z0-9+.-]+:/i.test(url)) problems.push(`link ${JSON.stringify(url)} is not a relative path`);
  visit(parsed, 'heading', (node) => {
    const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (node.depth === 1 && text !== 'Consistency report') problems.push(`heading 1 ${JSON.stringify(text)}`);
    if (node.depth === 2 && !SECTIONS.has(text)) problems.push(`heading 2 ${JSON.stringify(text)}`);
    if (node.depth > 3) problems.push(`heading ${node.depth} ${JSON.stringify(text)}`);
  });
  visit(parsed, (node: Node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    const value = (node as { value: string }).value;
    if (INVISIBLE.test(value)) problems.push(`invisible character in ${JSON.stringify(value)}`);
    if (value.length > LONGEST_RUN) problems.push(`a run of ${value.length} characters`);
    if (node.type === 'text') for (const [what, pattern] of LINKABLE) if (pattern.test(value)) problems.push(`${what} outside code: ${JSON.stringify(value)}`);
  });
  return { markdown, parsed, problems };
}

/** Counts of every node type but text (remark merges adjacent text), headings by depth. */
function shape(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  visit(tree, (node: Node) => {
    if (node.type === 'text' || node.type === 'root') return;
    const key = node.type === 'heading' ? `heading ${(node as RootContent & { depth: number }).depth}` : node.type;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}
