/** The quote extractors and refiners, in the order they run. */
import type { Extractor, Refiner } from '../types.js';

/** Extractors of this area, in order. */
export const quoteExtractors: Extractor[] = [];

/** Refiners of this area, in order. */
export const quoteRefiners: Refiner[] = [];
