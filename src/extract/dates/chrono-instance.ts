/** The chrono-node instance behind the date extractor, configured once at module load. */
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

/**
 * Gates of the costliest patterns: a text its gate turns away cannot hold the parser's match, so
 * the parser is not run on it (the same finds; the pattern is not even compiled until a text passes).
 */
const GATES = new Map<string, RegExp>([
  // `3 days ago`, `a year before`: a time unit repeated up to eleven times. Every match ends in a
  // time unit (a word of ASCII letters), at most five spaces and `ago`, `before` or `earlier`.
  ['ENTimeUnitAgoFormatParser', /[a-z]\s{0,5}(?:ago|before|earlier)(?!\w)/i],
  // `4th of March`, `21-23 May`: every ordinal word. Every match has a day (ending in a digit, `st`,
  // `nd`, `rd` or `th`), then `-`, `/` or up to three spaces and an `of`, then a month, each of
  // whose names and abbreviations in chrono begins with one of these twelve.
  ['ENMonthNameLittleEndianParser', /(?:\d|st|nd|rd|th)(?:[-/]|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
]);

/** A pattern that matches nothing: what a gated parser offers a text its gate turns away. */
const NEVER = /(?!)/;

/**
 * English casual chrono without the parsers that find times, durations and fractions; `wrap`
 * may replace each kept parser by one that finds the same (the fast paths below).
 */
export function buildChrono(wrap: (parser: Parser) => Parser = (parser) => parser): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((parser) => !DROPPED_PARSERS.has(parser.constructor.name)).map(wrap);
  chrono.refiners = chrono.refiners.filter((refiner) => !DROPPED_REFINERS.has(refiner.constructor.name));
  chrono.refiners.push(mergeBetweenAnd);
  return chrono;
}

/** `parser`, run only on texts that `gate` passes. */
function gated(parser: Parser, gate: RegExp): Parser {
  return {
    pattern: (context) => (gate.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono as configured, with its fast paths (case-expanded patterns, gates): finds what `buildChrono()` finds. */
export const fastChrono = buildChrono((parser) => {
  const gate = GATES.get(parser.constructor.name);
  const expanded = caseExpanded(parser);
  return gate ? gated(expanded, gate) : expanded;
});

/**
 * The instant chrono resolves relative words against: noon (local, as chrono computes in local
 * time) of the publication day, else of 1 July of the reference year, else of a fixed day so that
 * the output never depends on when it runs. Only the publication day is trusted for days.
 */
export function chronoReference(date: string | null, year: number | null): Date {
  if (date) return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
  return new Date(year ?? 2000, 6, 1, 12);
}
