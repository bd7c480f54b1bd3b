/** The chrono-node instances behind the date extractor, configured once at module load. */
import { casual, type Chrono, type Parser } from 'chrono-node';
import { mergeBetweenAnd } from './between-and.js';
import { caseExpanded } from './case-expanded.js';

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

// `3 days ago`, `a year before`: the costliest pattern of chrono (a time unit repeated up to eleven times).
const AGO_PARSER = 'ENTimeUnitAgoFormatParser';
// Every match of that parser ends in a time unit (a word of ASCII letters), at most five spaces and `ago`, `before` or `earlier`.
const MAY_HOLD_AGO = /[a-z]\s{0,5}(?:ago|before|earlier)(?!\w)/i;

/**
 * English casual chrono without the parsers that find times, durations and fractions; `wrap`
 * may replace each kept parser by one that finds the same (the fast paths below).
 */
export function buildChrono(wrap: (parser: Parser) => Parser = (parser) => parser, keep: (parser: Parser) => boolean = () => true): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((parser) => !DROPPED_PARSERS.has(parser.constructor.name) && keep(parser)).map(wrap);
  chrono.refiners = chrono.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name));
  chrono.refiners.push(mergeBetweenAnd);
  return chrono;
}

// One wrapped parser each, shared by both instances, so that each pattern is expanded and compiled once.
const wrapped = new Map<Parser, Parser>();
const expandedOnce = (parser: Parser): Parser => {
  let one = wrapped.get(parser);
  if (!one) wrapped.set(parser, (one = caseExpanded(parser)));
  return one;
};
const withAgo = buildChrono(expandedOnce);
const withoutAgo = buildChrono(expandedOnce, (parser) => parser.constructor.name !== AGO_PARSER);

/**
 * The chrono instance for `text`: without the `ago` parser when the text cannot hold its match
 * (same results: that parser would find nothing), with it otherwise.
 */
export function chronoFor(text: string): Chrono {
  return MAY_HOLD_AGO.test(text) ? withAgo : withoutAgo;
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
