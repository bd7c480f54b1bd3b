/**
 * The library API: `crosscheck(paths | sources)` compares articles; `toMarkdown` and `toJson`
 * render the result.
 */
import { ingest, type IngestOptions } from './ingest/index.js';
import type { Comparison, Source } from './model.js';
import { compareSources } from './pipeline.js';

export { DEFAULT_MAX_BYTES, InputError, ingest, listFiles, readSources, toSource, SUPPORTED, type IngestOptions, type Ingested } from './ingest/index.js';
export { compareSources, type Stage, type StageTimer } from './pipeline.js';
export { toJson, SCHEMA } from './render/json.js';
export { stringify, toMarkdown, toMdast } from './render/markdown.js';
export { linksFrom, type MarkdownOptions } from './render/context.js';
export type * from './model.js';

/** Compare the articles at `input` (files, folders, globs) or already-read sources; `options` apply to reading files. */
export async function crosscheck(input: readonly string[] | readonly Source[], options: IngestOptions = {}): Promise<Comparison> {
  const sources = input.every((item): item is string => typeof item === 'string') ? await ingest(input, options) : (input as readonly Source[]);
  return compareSources(sources);
}
