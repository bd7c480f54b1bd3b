/** What every section of the Markdown report needs: source labels and links to lines. */
import type { PhrasingContent, Link, TableCell, TableRow, Table, Text, AlignType } from 'mdast';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { u } from 'unist-builder';
import type { AnyClaim, Comparison, Source } from '../model.js';
import { describe, shorten } from '../judge/describe.js';
import { pointAt } from './positions.js';

/** Options of the Markdown renderer. */
export interface MarkdownOptions {
  /** The URL of a source file as seen from where the report will be read (default: its path). */
  linkTo?: (source: Source) => string;
}

/** Links from a report written at `reportPath` to each source file, relative, with `/` separators. */
export function linksFrom(reportPath: string): (source: Source) => string {
  const folder = dirname(resolve(reportPath));
  return (source) => relative(folder, resolve(source.path)).split(sep).join(posix.sep);
}

/** Shared state of one rendering. */
export interface RenderContext {
  comparison: Comparison;
  /** `S1`, `S2`… by source id, in source order. */
  labels: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  linkTo: (source: Source) => string;
}

/** Build the context for rendering a comparison. */
export function renderContext(comparison: Comparison, options: MarkdownOptions): RenderContext {
  return {
    comparison,
    labels: new Map(comparison.sources.map((source, i) => [source.id, `S${i + 1}`])),
    sources: new Map(comparison.sources.map((source) => [source.id, source])),
    linkTo: options.linkTo ?? ((source) => source.path),
  };
}

/** A text node with runs of white space folded, so article line breaks cannot leak into tables. */
export function plain(value: string): Text {
  return u('text', value.replace(/\s+/g, ' '));
}

/** A claim's value for a table cell: the speaker of a quote (its words are in the claim), else the value. */
export function valueCell(claim: AnyClaim): Text {
  if (claim.kind === 'quote') return plain(claim.value.speaker ? `said by ${claim.value.speaker}` : 'no speaker named');
  if (claim.kind === 'role') return plain(`${claim.value.person}: ${claim.value.role}`);
  return plain(describe(claim));
}

/** A link to the line of a claim: `L12`, pointing at `file#L12`. */
export function whereLink(context: RenderContext, claim: AnyClaim, withLabel = false): Link {
  const source = context.sources.get(claim.source) as Source;
  const { line } = pointAt(source, claim.start);
  const label = withLabel ? `${context.labels.get(claim.source) ?? claim.source} L${line}` : `L${line}`;
  return u('link', { url: `${encodeURI(context.linkTo(source))}#L${line}` }, [u('text', label)]);
}

/** A GFM table from a header row and body rows of phrasing content. */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<PhrasingContent[]>>, align: AlignType[] = []): Table {
  const toRow = (cells: ReadonlyArray<PhrasingContent[]>): TableRow => u('tableRow', cells.map((children): TableCell => u('tableCell', children)));
  return u('table', { align }, [toRow(header.map((h) => [u('text', h)])), ...rows.map(toRow)]);
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
  return [plain(before), u('strong', [plain(shorten(claim.text, CLAIM_CHARS))]), plain(after)].filter((node) => node.type !== 'text' || node.value);
}

/** Longer claims (quotes, mostly) are cut in tables; the JSON keeps them whole. */
const CLAIM_CHARS = 120;
