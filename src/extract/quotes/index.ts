/** The quote and role extractors and refiners, in the order they run. */
import type { Extractor, Refiner } from '../types.js';
import { quoteExtractor } from './quote.js';
import { roleAfterName } from './role-after.js';
import { roleBeforeName } from './role-before.js';
import { roleInClause } from './role-clause.js';
import { roleBeforeComma } from './role-comma.js';
import { roleByVerb } from './role-predicate.js';
import { resolveSpeakers } from './speakers.js';
import { splitQuotes } from './split-quotes.js';

/** Extractors of this area, in order. */
export const quoteExtractors: Extractor[] = [quoteExtractor, roleBeforeName, roleAfterName, roleBeforeComma, roleInClause, roleByVerb];

/**
 * Refiners of this area, in order: speakers last named by pronoun or continuation need every quote
 * found as written; then quotes of several sentences are split, each sentence keeping the speaker.
 */
export const quoteRefiners: Refiner[] = [resolveSpeakers, splitQuotes];
