import { describe, expect, it } from 'vitest';
import { keepLongestDates } from '../../../src/extract/dates/keep-longest.js';
import type { Context } from '../../../src/extract/types.js';
import type { AnyClaim, Sentence } from '../../../src/model.js';
import { datesOf, Y2021 } from './dates.js';

const sentence: Sentence = { source: 's', start: 0, end: 30, text: 'x'.repeat(30), paragraph: 0, index: 0, heading: false };
const claim = (kind: 'date' | 'percent', start: number, end: number): AnyClaim =>
  kind === 'date'
    ? { kind, source: 's', start, end, text: '', sentence, value: { start: null, end: null, precision: 'day', inferred: true } }
    : { kind, source: 's', start, end, text: '', sentence, value: { min: 1, max: 1, approximate: false } };

describe('keepLongestDates', () => {
  it('keeps the longest of overlapping dates and leaves other kinds alone', () => {
    const claims = [claim('date', 0, 6), claim('date', 5, 17), claim('percent', 5, 9), claim('date', 20, 24)];
    const kept = keepLongestDates(claims, {} as Context).map((c) => [c.kind, c.start, c.end]);
    expect(kept).toEqual([['date', 5, 17], ['percent', 5, 9], ['date', 20, 24]]);
  });

  it.each([
    ['The unrest began last August.', 'last August'],
    ['Talks resumed in early March.', 'early March'],
    ['The fair ran from May 3 to 9, 2019.', 'May 3 to 9, 2019'],
  ])('%s yields one claim', (text, expected) => {
    expect(datesOf(text, Y2021).map((find) => find.text)).toEqual([expected]);
  });
});
