/**
 * A saved web page becomes a source: its metadata from the page (metadata.ts), its article's text
 * as Readability finds it (article.ts), read into a text with a map back to the file
 * (reading-text.ts). Parsed by hast-util-from-html (parse5, as browsers parse, positions on every
 * node), which never fails on invalid markup. This module and its libraries are loaded only when
 * a page is read.
 */
import type { Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { UNREAD_ELEMENTS } from '../../lexicon/html.js';
import type { Source } from '../../model.js';
import { findBoilerplate, linesOf } from '../chrome.js';
import { findDateline } from '../dateline.js';
import { idOf } from '../file-set.js';
import { InputError } from '../input-error.js';
import { findArticle } from './article.js';
import { readMetadata } from './metadata.js';
import { readingText, type ReadingText } from './reading-text.js';

/** The least article text a page must give, in characters of paragraphs (headings not counted). */
export const MIN_ARTICLE_CHARS = 150;

/** Build a source from a page's path and its decoded HTML. */
export function pageSource(path: string, html: string): Source {
  const { metadata, reading } = deepOrRefused(path, () => {
    const tree = fromHtml(html);
    const metadata = readMetadata(tree);
    removeUnread(tree);
    const kept = findArticle(tree);
    addHeadline(tree, kept, metadata.title);
    return { metadata, reading: readingText(tree, html, kept) };
  });
  refuseNonArticle(path, reading);
  const lines = linesOf(reading.text);
  const dateline = findDateline(lines);
  const first = reading.blocks[0];
  const headline = first?.heading ? first : null;
  return {
    id: idOf(path),
    path,
    title: metadata.title ?? (headline ? reading.text.slice(headline.start, headline.end) : null),
    outlet: metadata.outlet,
    url: metadata.url,
    published: metadata.published ?? dateline.published,
    text: reading.text,
    origin: { text: html, runs: reading.runs },
    blocks: reading.blocks,
    bodyStart: 0,
    titleSpan: headline ? { start: headline.start, end: headline.end } : null,
    boilerplate: findBoilerplate(lines),
    metadata: dateline.spans,
    file: new VFile({ path, value: html }),
  };
}

/** `read()`, or the refusal of a page nested too deep for the libraries' recursive tree walks (thousands of levels, which no article has). */
function deepOrRefused<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(`\`${path}\` nests its elements too deep to read (over a thousand levels; no article does): save the page again from the browser, or its text as a .txt file`);
  }
}

/** Remove scripts, styles, templates, embeds and comments: none holds article text, and a huge script must cost nothing further. */
function removeUnread(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return CONTINUE;
    if (node.type !== 'comment' && !(node.type === 'element' && UNREAD_ELEMENTS.has(node.tagName))) return CONTINUE;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * Readability drops a headline that repeats the page's title; a headline gives claims like any
 * heading, so the last `<h1>` before the article is kept when it repeats the title and no `<h1>`
 * is in the article.
 */
function addHeadline(tree: Root, kept: Set<Text>, title: string | null): void {
  const headlines = h1Texts(tree);
  if (!title || headlines.some((texts) => texts.some((text) => kept.has(text)))) return;
  let first = Infinity;
  for (const text of kept) first = Math.min(first, text.position?.start.offset ?? Infinity);
  const before = headlines.filter((texts) => texts.length && texts.every((text) => (text.position?.start.offset ?? Infinity) < first));
  const headline = before[before.length - 1];
  const words = headline?.map((text) => text.value).join('').replace(/\s+/g, ' ').trim().toLowerCase();
  const wanted = title.replace(/\s+/g, ' ').toLowerCase();
  if (headline && words && (wanted.includes(words) || words.includes(wanted))) for (const text of headline) kept.add(text);
}

/** The text nodes with words of each `<h1>`, in document order. */
function h1Texts(tree: Root): Text[][] {
  const found: Text[][] = [];
  visit(tree, { type: 'element', tagName: 'h1' }, (h1) => {
    const texts: Text[] = [];
    visit(h1, 'text', (text) => {
      if (/\S/.test(text.value)) texts.push(text);
    });
    found.push(texts);
    return SKIP;
  });
  return found;
}

/** Refuse a page that gives (almost) no article text, or mostly links: a login wall, an index, an empty page. */
function refuseNonArticle(path: string, reading: ReadingText): void {
  const body = reading.blocks.filter((block) => !block.heading).reduce((sum, block) => sum + block.end - block.start, 0);
  if (body < MIN_ARTICLE_CHARS) {
    throw new InputError(`No article text found in \`${path}\` (a login wall, a list of links or an empty page?): save the page that shows the whole article, or its text as a .txt file`);
  }
  if (reading.linked * 2 > reading.text.length) {
    throw new InputError(`\`${path}\` is mostly links, not an article (an index or a list of stories?): save the article's own page, or its text as a .txt file`);
  }
}
