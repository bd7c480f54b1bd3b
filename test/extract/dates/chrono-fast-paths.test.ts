import { ParsingContext, type ParsedResult } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandCase } from '../../../src/extract/dates/case-expanded.js';
import { buildChrono, fastChrono } from '../../../src/extract/dates/chrono-instance.js';

// chrono as configured, without the fast paths: the reference.
const plain = buildChrono();
const reference = new Date(2021, 6, 1, 12);

// Words of every kept parser (months, weekdays, numbers, time units, `ago`), in any case, with
// the characters the `i` flag could fold (`ſ`, `K`, `ı`, `İ`), punctuation and digits.
const piece = fc.oneof(
  fc.constantFrom(
    'March', 'MARCH', 'march', 'Mar.', 'sept.', 'Sep', 'May', 'dec', 'Monday', 'tue', 'Thurs.', 'weekend', '4th', '2ND', '3rd', '31st', 'twenty-first', 'first', 'tenth', '2021', '21', 'BC', 'AD',
    'to', 'until', 'through', 'till', '–', 'of', 'OF',
    '3', '12', 'one', 'two', 'a', 'an', 'the', 'few', 'several', 'half', 'couple of', 'about', 'around', 'and', ',', 'of',
    'days', 'day', 'd', 'Years', 'y', 'hrs', 'mo', 'weeks', 'quarter', 'ago', 'AGO', 'Ago', 'before', 'earlier', 'Earlier', 'they',
    'last', 'next', 'this', 'past', 'on', 'in', 'today', 'Yesterday', 'tomorrow', 'now', 'tonight', 'week', 'month', 'year', 'T', 'Z', ':', '-', '/', '.',
    ' ', '  ', '\n', '\u00A0', '(', '（', '’', 'ſ', '\u212A', 'ı', 'İ', 'é', 'x',
  ),
  fc.string({ maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' '));
const glued = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

const shape = (results: ParsedResult[]) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.start.isCertain('day'), r.start.isCertain('year'), r.end?.date().toISOString() ?? null]);

describe('the chrono fast paths', () => {
  it('expands the pattern of every kept parser', () => {
    const context = new ParsingContext('', reference);
    expect(plain.parsers.map((parser) => expandCase(parser.pattern(context)) !== null)).toEqual(plain.parsers.map(() => true));
  });

  it('a case-expanded pattern matches what the `i` pattern matches', () => {
    const context = new ParsingContext('', reference);
    const pairs = plain.parsers.map((parser) => {
      const pattern = parser.pattern(context);
      return [pattern, expandCase(pattern) ?? pattern] as const;
    });
    fc.assert(
      fc.property(fc.oneof(text, glued), (value) => pairs.every(([pattern, expanded]) => JSON.stringify(pattern.exec(value)) === JSON.stringify(expanded.exec(value)))),
      { numRuns: 3000 },
    );
  });

  it('finds what chrono without fast paths finds, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, glued), (value) => JSON.stringify(shape(fastChrono.parse(value, reference))) === JSON.stringify(shape(plain.parse(value, reference)))),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['It began 6 days ago.'],
    ['a year before, and two weeks earlier'],
    ['They earlier said so'],
    ['\u212A days ago'],
    ['Inspectors came on 4 MARCH and again last Monday, 3 DAYS AGO.'],
    ['from the 2nd to the twenty-third of May'],
    ['4-6/jun'],
    ['on the 4th  of   March'],
    ['21st -23rd\tSept'],
  ])('finds the same in %j', (value) => {
    expect(shape(fastChrono.parse(value, reference))).toEqual(shape(plain.parse(value, reference)));
  });
});
