/**
 * What a page says about itself: title, outlet, url and publication day, each taken from the most
 * trusted place that states it: JSON-LD `NewsArticle` (or another article type, in a `@graph` or
 * an array of types too), then Open Graph and `article:` meta tags and `<link rel=canonical>`,
 * then `<time datetime>` and `<title>`. Hand-written: Readability reads some of these, but neither
 * the url, the canonical link nor `<time>`, and not in this order; metascraper and its kin fetch
 * and load far more than a few lookups over the parsed tree need.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ARTICLE_TYPES } from '../../lexicon/html.js';

/** The metadata fields a page gives, null when it gives none. */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** `YYYY-MM-DD`: the day as the timestamp writes it, whatever its time zone. */
  published: string | null;
}

/** The places metadata is read from, gathered in one walk. */
interface Found {
  jsonLd: Array<Record<string, unknown>>;
  meta: Map<string, string>;
  canonical: string | null;
  time: string | null;
  title: string | null;
}

/** Read the page's metadata from its tree (before scripts are removed: JSON-LD lives in them). */
export function readMetadata(tree: Root): PageMetadata {
  const found = gather(tree);
  const article = found.jsonLd.find(isArticle) ?? null;
  const ld = (key: string) => (article ? text(article[key]) : null);
  return {
    title: ld('headline') ?? ld('name') ?? found.meta.get('og:title') ?? found.title,
    outlet: (article ? nameOf(article['publisher']) : null) ?? found.meta.get('og:site_name') ?? null,
    url: ld('url') ?? found.meta.get('og:url') ?? found.canonical,
    published: day(ld('datePublished')) ?? day(found.meta.get('article:published_time') ?? null) ?? day(found.time),
  };
}

function gather(tree: Root): Found {
  const found: Found = { jsonLd: [], meta: new Map(), canonical: null, time: null, title: null };
  visit(tree, 'element', (element) => read(element, found));
  return found;
}

function read(element: Element, found: Found): void {
  const { tagName, properties } = element;
  if (tagName === 'script' && /^application\/ld\+json$/i.test(String(properties['type'] ?? '').trim())) {
    found.jsonLd.push(...nodesOf(parseJson(innerText(element))));
  } else if (tagName === 'meta') {
    const key = String(properties['property'] ?? properties['name'] ?? '').trim().toLowerCase();
    const content = text(properties['content']);
    if (key && content && !found.meta.has(key)) found.meta.set(key, content);
  } else if (tagName === 'link' && Array.isArray(properties['rel']) && properties['rel'].some((rel) => String(rel).toLowerCase() === 'canonical')) {
    found.canonical ??= text(properties['href']);
  } else if (tagName === 'time') {
    found.time ??= text(properties['dateTime']);
  } else if (tagName === 'title') {
    found.title ??= text(innerText(element));
  }
}

/** Every object of a JSON-LD document: top-level objects, arrays of them and `@graph` members. */
function nodesOf(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (!isRecord(value)) return [];
  return [value, ...nodesOf(value['@graph'])];
}

function isArticle(node: Record<string, unknown>): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '')));
}

/** A publisher's name: a string, an object with `name`, or the first of an array of these. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(nameOf).find((name) => name !== null) ?? null;
  return isRecord(value) ? text(value['name']) : text(value);
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // A page's broken JSON-LD is the page's problem: its other metadata still serves.
    return null;
  }
}

function innerText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const folded = String(value).replace(/\s+/g, ' ').trim();
  return folded || null;
}

/** The day a timestamp writes (`2026-03-06T23:30:00-05:00` is 2026-03-06: no time zone is applied). */
function day(value: string | null): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [, year, month, date] = match;
  return Number(month) >= 1 && Number(month) <= 12 && Number(date) >= 1 && Number(date) <= 31 ? `${year}-${month}-${date}` : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
