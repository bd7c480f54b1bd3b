/**
 * The library API: `crosscheck(paths | sources)` compares articles; `toMarkdown` and `toJson`
 * render the result.
 */
import { ingest, type IngestOptions } from './ingest/index.js';
import type { Comparison, Source } from './model.js';
import { compareSources, type StageTimer } from './pipeline.js';

export { DEFAULT_MAX_BYTES, InputError, ingest, listFiles, readSources, toPageSource, toSource, SUPPORTED, type IngestOptions, type Ingested } from './ingest/index.js';
export { compareSources, type Stage, type StageTimer } from './pipeline.js';
export { toJson, SCHEMA } from './render/json.js';
export { stringify, toMarkdown, toMdast } from './render/markdown.js';
export { linksFrom, type MarkdownOptions } from './render/context.js';
export type * from './model.js';

/** Options of `crosscheck`: how files are read, and a callback told each stage's time. */
export type CrosscheckOptions = IngestOptions & { onStage?: StageTimer };

/** Compare the articles at `input` (files, folders, globs) or already-read sources. */
export async function crosscheck(input: readonly string[] | readonly Source[], options: CrosscheckOptions = {}): Promise<Comparison> {
  const { onStage, ...reading } = options;
  const sources = input.every((item): item is string => typeof item === 'string') ? await ingest(input, reading) : (input as readonly Source[]);
  return compareSources(sources, onStage);
}
