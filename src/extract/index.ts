/**
 * Stage 3, extract: each area contributes extractors (run per sentence) and refiners (run over a
 * source's claims, in order). Entities come first because quotes and roles need the names.
 */
import { memo } from '../memo.js';
import type { Extraction, Segmented, Sentence } from '../model.js';
import { dateExtractors, dateRefiners } from './dates/index.js';
import { dropMetadata } from './drop-metadata.js';
import { findMentions } from './entities/index.js';
import { tokenize } from './entities/tokens.js';
import { numberExtractors, numberRefiners } from './numbers/index.js';
import { fullestNames } from './quotes/names.js';
import { findNames } from './quotes/person-name.js';
import { quoteExtractors, quoteRefiners } from './quotes/index.js';
import { findReference } from './reference.js';
import { runExtractors } from './run.js';
import type { Context, Extractor, Reference, Refiner } from './types.js';

/** Every extractor, in the order they run over a sentence. */
export const EXTRACTORS: readonly Extractor[] = [...numberExtractors, ...dateExtractors, ...quoteExtractors];

/**
 * Every refiner, in order: metadata first (a stamp's figures must not take part in merges),
 * numbers and dates next (they only look at their own kind), then quotes, whose speaker
 * resolution reads the whole source.
 */
export const REFINERS: readonly Refiner[] = [dropMetadata, ...numberRefiners, ...dateRefiners, ...quoteRefiners];

/**
 * The most claims read from one article: a news article states a few hundred at most, and a file
 * that gives more (a table dump, a list of prices) would cost time and report space out of all
 * proportion. The claims after are left out, and the report says from where.
 */
export const MAX_CLAIMS = 5_000;

/**
 * The anchor of a source's relative dates: its own publication day; else the story's latest
 * publication day (inferred), unless the source states another year in its dates; else the year
 * its dates state, then the story's year; a year named only in passing comes last.
 */
function chooseReference(own: Reference, story: Reference | null): Reference {
  if (own.date) return own;
  if (story?.date && (own.year === null || own.year === story.year)) return story;
  if (own.year !== null) return own;
  return story ?? (own.named === undefined ? own : { ...own, year: own.named });
}

/**
 * Extract the claims and entity mentions of one segmented source. `fallback` anchors relative
 * dates when the source has neither a publication date nor a year stated in a date; `own` is the
 * source's own reference, when the caller has found it already.
 */
export function extract({ source, sentences }: Segmented, fallback: Reference | null = null, own: Reference = findReference(source, sentences)): Extraction {
  const tokens = memo((sentence: Sentence) => tokenize(sentence.text));
  const mentions = findMentions(source, sentences, tokens);
  const fullNames = fullestNames(mentions);
  const reference = chooseReference(own, fallback);
  const context: Context = {
    source,
    sentences,
    mentions,
    reference,
    tokens,
    names: memo((sentence: Sentence) => findNames(sentence, context)),
    fullName: (mention) => fullNames.get(mention.key) ?? mention.text,
  };
  const { claims, leftOut } = runExtractors(EXTRACTORS, REFINERS, context, MAX_CLAIMS);
  return { source, sentences, claims, mentions, leftOut };
}
