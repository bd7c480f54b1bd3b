/** The number extractors and refiners, in the order they run. */
import type { Extractor, Refiner } from '../types.js';
import { ageExtractor } from './age.js';
import { magnitudeExtractor } from './magnitude.js';
import { subjectCountExtractor } from './subject-count.js';
import { tollExtractor } from './toll.js';
import { votesExtractor } from './votes.js';
import { collectiveQuantityExtractor } from './collective-quantity.js';
import { dropOverlaps } from './drop-overlaps.js';
import { durationPhraseExtractor } from './duration-phrase.js';
import { durationExtractor } from './duration.js';
import { elidedQuantityExtractor } from './elided-quantity.js';
import { localDollar } from './local-dollar.js';
import { mergeConversions } from './merge-conversions.js';
import { mergeRanges } from './merge-ranges.js';
import { moneyExtractor } from './money.js';
import { partitiveQuantityExtractor } from './partitive-quantity.js';
import { percentExtractor } from './percent.js';
import { quantityExtractor } from './quantity.js';
import { shareQuantityExtractor } from './share-quantity.js';
import { vagueMoneyExtractor } from './vague-money.js';
import { vagueQuantityExtractor } from './vague-quantity.js';

/** Extractors of this area, in order: overlaps between them are settled by `dropOverlaps`. */
export const numberExtractors: Extractor[] = [
  moneyExtractor,
  vagueMoneyExtractor,
  percentExtractor,
  durationExtractor,
  durationPhraseExtractor,
  quantityExtractor,
  vagueQuantityExtractor,
  collectiveQuantityExtractor,
  partitiveQuantityExtractor,
  shareQuantityExtractor,
  elidedQuantityExtractor,
  ageExtractor,
  magnitudeExtractor,
  tollExtractor,
  subjectCountExtractor,
  votesExtractor,
];

/**
 * Refiners of this area, in order: overlaps are dropped first, so that a range's halves are
 * merged only once each half has settled on one kind; a range is whole before its bracketed
 * conversion joins it (`40–50 km (25–31 miles)`); a bare `$` is read last, against every
 * dollar figure of the article as it stands.
 */
export const numberRefiners: Refiner[] = [dropOverlaps, mergeRanges, mergeConversions, localDollar];
