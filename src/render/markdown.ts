/**
 * Stage 6, render: the Markdown report as an mdast tree, serialized by remark with GFM tables,
 * so article text is always text and can never become report structure.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { u } from 'unist-builder';
import type { Comparison } from '../model.js';
import { renderContext, type MarkdownOptions } from './context.js';
import { entitiesSection } from './entities.js';
import { quotesSection } from './quotes.js';
import { text } from './text-handler.js';
import { agreementsSection, detailSection, header, singleSection, sourcesSection } from './sections.js';

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', handlers: { text } }).freeze();

/** Build the report's mdast tree. */
export function toMdast(comparison: Comparison, options: MarkdownOptions = {}): Root {
  const context = renderContext(comparison, options);
  return u('root', [
    ...header(context),
    ...(options.preface ?? []),
    ...sourcesSection(context),
    ...detailSection(context, 'conflict'),
    ...detailSection(context, 'partial'),
    ...agreementsSection(context),
    ...quotesSection(context),
    ...singleSection(context),
    ...entitiesSection(context),
  ]);
}

/** The comparison as a Markdown report. */
export function toMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  return stringify(toMdast(comparison, options));
}

/** Serialize an mdast tree as the report does (GFM, compact tables). */
export function stringify(tree: Root): string {
  return processor.stringify(tree);
}
