/** Helpers for tests: run ingest, segment and extract on a string; check extractors' prefilters. */
import { extract } from '../src/extract/index.js';
import { toSource } from '../src/ingest/index.js';
import type { Context, Extractor, PatternExtractor } from '../src/extract/types.js';
import type { AnyClaim, Extraction, Kind, Sentence } from '../src/model.js';
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

/** A pattern extractor with the prefilter the runner tests a sentence against first. */
export type Prefiltered = PatternExtractor<Kind> & { prefilter: RegExp };

/** The pattern extractors of `extractors` that have a prefilter. */
export function prefiltered(extractors: readonly Extractor<Kind>[]): Prefiltered[] {
  return extractors.filter((extractor): extractor is Prefiltered => 'pattern' in extractor && extractor.prefilter !== undefined);
}

/** Whether `extractor`'s pattern yields a claim anywhere in `text` (the prefilter not consulted). */
export function findsClaim(extractor: PatternExtractor<Kind>, text: string, context: Context): boolean {
  const sentence = { text } as Sentence;
  extractor.pattern.lastIndex = 0;
  for (let match = extractor.pattern.exec(text); match; match = extractor.pattern.exec(text)) {
    if (match[0].length === 0) extractor.pattern.lastIndex++;
    if (extractor.extract(match, sentence, context)) return true;
  }
  return false;
}
