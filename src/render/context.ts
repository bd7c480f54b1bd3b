/**
 * What every section of the Markdown report needs: source labels, links to lines, and `inert`,
 * the one way article text enters the report. remark escapes Markdown and HTML syntax; `inert`
 * handles what it cannot, so that text stays text when GitHub renders the report:
 * - invisible and bidi-control characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F,
 *   U+FEFF, C0/C1 controls, Hangul fillers, tag characters, lone surrogates) become visible
 *   as `⟨U+202E⟩`;
 * - white space folds to one space (article line breaks cannot end a table row);
 * - every piece is capped (`CELL_CHARS`, 300 characters by default) with `…`;
 * - what GitHub would link although it is plain text (URLs, `www.` addresses, e-mail
 *   addresses, `@mentions`, `#123` and `owner/repo#123` references, `GH-123`, commit hashes)
 *   becomes inline code, which GitHub neither links nor mentions in.
 * The JSON report keeps the exact text; only the Markdown is made inert.
 */
import type { InlineCode, PhrasingContent, Link, RootContent, TableCell, TableRow, Table, Text, AlignType } from 'mdast';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { u } from 'unist-builder';
import type { AnyClaim, Comparison, Judged, Source } from '../model.js';
import { kind } from '../kinds/index.js';
import { shorten } from '../kinds/words.js';
import { pointsOf, type PointAt } from './positions.js';

/** Options of the Markdown renderer. */
export interface MarkdownOptions {
  /** The URL of a source file as seen from where the report will be read (default: its path). */
  linkTo?: (source: Source) => string;
  /** Sections to put right after the summary line (the review's "Changes since baseline"). */
  preface?: RootContent[];
  /** A label under a conflict or partial agreement (a reviewer's note), or null. */
  note?: (group: Judged) => PhrasingContent[] | null;
}

/** Links from a report written at `reportPath` to each source file, relative, with `/` separators. */
export function linksFrom(reportPath: string): (source: Source) => string {
  const folder = dirname(resolve(reportPath));
  return (source) => relativeUrl(relative(folder, resolve(source.path)).split(sep).join(posix.sep));
}

/** A relative path as a URL path: `./` before a first segment that would read as a scheme (`javascript:x.txt`). */
function relativeUrl(path: string): string {
  return /^[^/]{2,}:/.test(path) ? `./${path}` : path;
}

/** Shared state of one rendering. */
export interface RenderContext {
  comparison: Comparison;
  /** `S1`, `S2`… by source id, in source order. */
  labels: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  note: (group: Judged) => PhrasingContent[] | null;
  /** Each source's file URL: `linkTo`'s answer encoded, with `#` escaped (the line anchor follows). */
  urls: ReadonlyMap<Source, string>;
  pointAt: PointAt;
}

/** Build the context for rendering a comparison. */
export function renderContext(comparison: Comparison, options: MarkdownOptions): RenderContext {
  const linkTo = options.linkTo ?? ((source: Source) => relativeUrl(source.path));
  return {
    comparison,
    labels: new Map(comparison.sources.map((source, i) => [source.id, `S${i + 1}`])),
    sources: new Map(comparison.sources.map((source) => [source.id, source])),
    note: options.note ?? (() => null),
    // `linkTo` resolves paths: once per source, not once per link.
    urls: new Map(comparison.sources.map((source) => [source, encodeURI(linkTo(source)).replace(/#/g, '%23')])),
    pointAt: pointsOf(),
  };
}

/** The longest piece of article text in a table cell, in characters (before the `…`). */
export const CELL_CHARS = 300;

const INVISIBLE = /[\0-\x08\x0E-\x1F\x7F-\x9F\xAD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]|\p{Cs}/gu;

// Alternatives in order: a URL with a scheme (no word boundary before it: GitHub links
// `2019http://x` too), a scheme acted on without `//`, `www.`, an e-mail address (before
// mentions: `a@b.org` is no mention), an @mention or @org/team, owner/repo#123, #123, GH-123,
// and a hex run with letters and digits (a commit).
const RISKY = new RegExp(
  [
    String.raw`[a-z][a-z0-9+.-]*:\/\/[^\s<>]*`,
    String.raw`(?:mailto|xmpp|javascript|vbscript|data|file|tel):[^\s<>]+`,
    String.raw`www\.[^\s<>]*`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`\B@[a-z0-9][\w-]*(?:\/[\w.-]+)?`,
    String.raw`[\w.-]+\/[\w.-]+#\d+`,
    String.raw`\B#\d+`,
    String.raw`\bGH-\d+`,
    String.raw`\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b`,
  ].join('|'),
  'giu',
);

// Right after a code span, GitHub starts a new text node, where `@name` or `#12` is linked again
// even though a word character stood before it in the article.
const ADJACENT = /^(?:@[a-z0-9][\w-]*(?:\/[\w.-]+)?|#\d+)/iu;

/** A text node. */
export function textNode(value: string): Text {
  return { type: 'text', value };
}

/** Article text as inert phrasing content: visible escapes, folded white space, capped, risky tokens as inline code. */
export function inert(value: string, max = CELL_CHARS): PhrasingContent[] {
  const text = cap(fold(visible(value)), max);
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(RISKY)) {
    const previous = nodes[nodes.length - 1];
    // Two code spans side by side would serialize as one with backticks inside: join them.
    if (match.index === last && previous?.type === 'inlineCode') previous.value += match[0];
    else {
      if (match.index > last) nodes.push(textNode(text.slice(last, match.index)));
      nodes.push({ type: 'inlineCode', value: match[0] });
    }
    last = match.index + match[0].length;
    for (let next = stickyAt(text, last); next; next = stickyAt(text, last)) {
      (nodes[nodes.length - 1] as InlineCode).value += next;
      last += next.length;
    }
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)));
  return nodes;
}

function stickyAt(text: string, at: number): string | null {
  return ADJACENT.exec(text.slice(at))?.[0] ?? null;
}

/** One text node for text that holds no link-like token (labels, counts); for article text use `inert`. */
export function plain(value: string): Text {
  return textNode(cap(fold(visible(value)), CELL_CHARS));
}

/** White space folded to one space. */
export function fold(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** Invisible and direction-changing characters shown as `⟨U+202E⟩`. */
export function visible(value: string): string {
  return value.replace(INVISIBLE, (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** `value` cut to `max` characters with `…`, never inside a surrogate pair or a `⟨U+…⟩` escape. */
function cap(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  if (/[\uDC00-\uDFFF]/.test(value.charAt(end))) end--;
  const open = value.lastIndexOf('⟨U+', end);
  if (open >= 0 && value.indexOf('⟩', open) >= end) end = open;
  return `${value.slice(0, end)}…`;
}

/** A claim's value for a table cell: its kind's cell text (a quote's speaker: its words are in the claim), else the value. */
export function valueCell(claim: AnyClaim): PhrasingContent[] {
  const spec = kind(claim.kind);
  return inert(spec.cell?.(claim.value) ?? spec.describe(claim.value));
}

/** The URL of a source file (see `RenderContext.urls`). */
export function fileUrl(context: RenderContext, source: Source): string {
  return context.urls.get(source) as string;
}

/** A link to the line of a claim: `L12`, pointing at `file#L12`. */
export function whereLink(context: RenderContext, claim: AnyClaim, withLabel = false): Link {
  const source = context.sources.get(claim.source) as Source;
  const { line } = context.pointAt(source, claim.start);
  const label = withLabel ? `${context.labels.get(claim.source) ?? claim.source} L${line}` : `L${line}`;
  return { type: 'link', url: `${fileUrl(context, source)}#L${line}`, children: LINE_LABEL.test(label) ? [textNode(label)] : inert(label) };
}

/**
 * A line label such as `S12 L40`, which `inert` returns as one text node: it has no invisible
 * character, one space, no link-like token (numbers under 7 digits make no commit-like hex run).
 */
export const LINE_LABEL = /^(?:S\d{1,6} )?L\d{1,6}$/;

/** A GFM table from a header row and body rows of phrasing content. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<PhrasingContent[]>>, align: AlignType[] = []): Table {
  const toRow = (cells: ReadonlyArray<PhrasingContent[]>): TableRow => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) });
  return u('table', { align }, [toRow(header.map((h) => [textNode(h)])), ...rows.map(toRow)]);
}

/** The claim's sentence, shortened around the claim, with the claim's own text in bold. */
export function inContext(claim: AnyClaim, room = 70): PhrasingContent[] {
  const { sentence } = claim;
  const from = claim.start - sentence.start;
  const to = claim.end - sentence.start;
  let before = sentence.text.slice(0, from);
  let after = sentence.text.slice(to);
  if (before.length > room) before = `…${before.slice(before.length - room).replace(/^\S*\s/, '')}`;
  if (after.length > room) after = `${after.slice(0, room).replace(/\s\S*$/, '')}…`;
  return [...inert(before), { type: 'strong', children: inert(shorten(claim.text, CLAIM_CHARS)) }, ...inert(after)];
}

/** Longer claims (quotes, mostly) are cut in tables; the JSON keeps them whole. */
const CLAIM_CHARS = 120;
