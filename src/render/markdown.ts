/**
 * Stage 6, render: the Markdown report as an mdast tree, serialized by mdast-util-to-markdown
 * (remark-stringify's serializer) with GFM tables, so article text is always text and can never
 * become report structure.
 */
import type { Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as serialize, type Options } from 'mdast-util-to-markdown';
import { u } from 'unist-builder';
import type { Comparison } from '../model.js';
import { renderContext, type MarkdownOptions } from './context.js';
import { entitiesSection } from './entities.js';
import { quotesSection } from './quotes.js';
import { agreementsSection, detailSection, header, singleSection, sourcesSection } from './sections.js';

/** How the report is written: GFM, compact tables, `-` bullets and rules. */
const OPTIONS: Options = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', extensions: [gfmToMarkdown({ tablePipeAlign: false })] };

/** How many top-level nodes are serialized together: a large report is never one tree in memory. */
const BATCH = 48;

/** The report's top-level nodes in order, each section built when it is reached. */
function* blocks(comparison: Comparison, options: MarkdownOptions): Generator<RootContent> {
  const context = renderContext(comparison, options);
  yield* header(context);
  yield* options.preface ?? [];
  yield* sourcesSection(context);
  yield* detailSection(context, 'conflict');
  yield* detailSection(context, 'partial');
  yield* agreementsSection(context);
  yield* quotesSection(context);
  yield* singleSection(context);
  yield* entitiesSection(context);
}

/** Build the report's mdast tree. */
export function toMdast(comparison: Comparison, options: MarkdownOptions = {}): Root {
  return u('root', [...blocks(comparison, options)]);
}

/**
 * The comparison as a Markdown report: `stringify(toMdast(…))`, serialized a batch of top-level
 * nodes at a time. Top-level blocks are joined by one blank line; only two lists in a row are
 * joined otherwise, so a batch never ends between two lists.
 */
export function toMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  return [...markdownPieces(comparison, options)].join('');
}

/** `toMarkdown` a batch at a time, for writing a large report without holding it whole. */
export function* markdownPieces(comparison: Comparison, options: MarkdownOptions = {}): Generator<string> {
  let batch: RootContent[] = [];
  let first = true;
  for (const node of blocks(comparison, options)) {
    if (batch.length >= BATCH && !(node.type === 'list' && batch[batch.length - 1]?.type === 'list')) {
      yield (first ? '' : '\n') + stringify(u('root', batch));
      first = false;
      batch = [];
    }
    batch.push(node);
  }
  yield (first ? '' : '\n') + stringify(u('root', batch));
}

/** Serialize an mdast tree as the report does (GFM, compact tables). */
export function stringify(tree: Root): string {
  return serialize(tree, OPTIONS);
}
