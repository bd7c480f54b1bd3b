/** The date extractors and refiners, in the order they run. */
import type { Extractor, Refiner } from '../types.js';
import { century } from './century.js';
import { chronoDates } from './chrono-scan.js';
import { dayFirstDayRange, monthFirstDayRange } from './day-range.js';
import { decade } from './decade.js';
import { fixedHoliday } from './holiday.js';
import { keepLongestDates } from './keep-longest.js';
import { monthWithModifier } from './month-modifier.js';
import { partOfMonth } from './part-of-month.js';
import { partOfYear } from './part-of-year.js';
import { quarterWithoutYear } from './quarter.js';
import { relativePeriod } from './relative-period.js';
import { seasonWithoutYear } from './season.js';
import { bareYear } from './year.js';
import { yearOfEvent } from './year-of-event.js';

/**
 * Extractors of this area. Ours come before chrono-node's so that, when two finds cover the same
 * words, `keepLongestDates` keeps ours (they read ranges, modifiers and parts chrono drops).
 */
export const dateExtractors: Extractor[] = [
  monthFirstDayRange,
  dayFirstDayRange,
  monthWithModifier,
  fixedHoliday,
  partOfMonth,
  relativePeriod,
  partOfYear,
  quarterWithoutYear,
  seasonWithoutYear,
  decade,
  century,
  bareYear,
  yearOfEvent,
  chronoDates,
];

/** Refiners of this area, in order. */
export const dateRefiners: Refiner[] = [keepLongestDates];
