/** The chrono-node instance behind the date extractor: English casual chrono, configured for news dates. */
import type { Chrono } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { mergeBetweenAnd } from './between-and.js';

// Parsers whose finds are not date claims in news text, by class name (chrono exports no classes):
const DROPPED_PARSERS = new Set([
  'SlashDateFormatParser', // `3/4 of the troops`, `9/11` as a name
  'ENSlashMonthFormatParser', // `10/2021` is rare in prose and clashes with fractions
  'ENTimeExpressionParser', // times of day: claims here are days, and `at 5` is often a count
  'ENCasualTimeParser', // `this morning`, `tonight`: times again
  'ENTimeUnitWithinFormatParser', // `within 2 days`, `in 5 minutes`: durations, the duration extractor's
  'ENTimeUnitLaterFormatParser', // `two days later`: relative to another event, not to the publication
  'ENTimeUnitCasualRelativeFormatParser', // `the past 12 months`, `next 2 weeks`: durations
  'ENEndOfCurrentMonthParser', // `end of the month`: our relative-period extractor reads it as a span
]);

// `end of March` becomes the last day in chrono; our part-of-month extractor reads it as a span.
const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner']);

/** English casual chrono without the parsers that find times, durations and fractions, and with `between … and …` ranges. */
export function buildChrono(): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((parser) => !DROPPED_PARSERS.has(parser.constructor.name));
  chrono.refiners = chrono.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name));
  chrono.refiners.push(mergeBetweenAnd);
  return chrono;
}

/**
 * The instant chrono resolves relative words against: noon (local, as chrono computes in local
 * time) of the publication day, else of 1 July of the reference year, else of a fixed day so that
 * the output never depends on when it runs. Only the publication day is trusted for days.
 */
export function chronoReference(date: string | null, year: number | null): Date {
  if (date) return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
  return new Date(year ?? 2000, 6, 1, 12);
}
