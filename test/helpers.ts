/** Helpers for tests: run ingest, segment and extract on a string. */
import { extract } from '../src/extract/index.js';
import { toSource } from '../src/ingest/index.js';
import type { AnyClaim, Extraction, Kind } from '../src/model.js';
import { segment } from '../src/segment/index.js';

/** Options for `extractFrom`. */
export interface TextOptions {
  /** File path, which sets the format by its extension (default `test.txt`). */
  path?: string;
  /** Publication day `YYYY-MM-DD`. */
  published?: string;
}

/** Extract everything from an article given as a string. */
export function extractFrom(text: string, options: TextOptions = {}): Extraction {
  const source = toSource(options.path ?? 'test.txt', text);
  if (options.published) source.published = options.published;
  return extract(segment(source));
}

/** The claims of one kind (or all) found in `text`. */
export function claimsOf(text: string, kind?: Kind, options: TextOptions = {}): AnyClaim[] {
  return extractFrom(text, options).claims.filter((claim) => !kind || claim.kind === kind);
}
