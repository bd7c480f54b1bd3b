/** The date extractors and refiners, in the order they run. */
import type { Extractor, Refiner } from '../types.js';

/** Extractors of this area, in order. */
export const dateExtractors: Extractor[] = [];

/** Refiners of this area, in order. */
export const dateRefiners: Refiner[] = [];
