/**
 * The library API: `crosscheck(paths | sources)` compares articles; `toMarkdown` and `toJson`
 * render the result.
 */
import { ingest } from './ingest/index.js';
import type { Comparison, Source } from './model.js';
import { compareSources } from './pipeline.js';

export { InputError, ingest, listFiles, toSource, SUPPORTED } from './ingest/index.js';
export { compareSources } from './pipeline.js';
export { toJson, SCHEMA } from './render/json.js';
export { stringify, toMarkdown, toMdast } from './render/markdown.js';
export { linksFrom, type MarkdownOptions } from './render/context.js';
export type * from './model.js';

/** Compare the articles at `input` (files, folders, globs) or already-read sources. */
export async function crosscheck(input: readonly string[] | readonly Source[]): Promise<Comparison> {
  const sources = input.every((item): item is string => typeof item === 'string') ? await ingest(input) : (input as readonly Source[]);
  return compareSources(sources);
}
