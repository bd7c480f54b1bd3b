import { describe, expect, it } from 'vitest';
import { anchorYear, type Shift, spanValue } from '../../../src/extract/dates/anchor.js';
import type { Tense } from '../../../src/extract/dates/tense.js';
import type { Reference } from '../../../src/extract/types.js';

const PUBLISHED: Reference = { date: '2021-09-08', year: 2021, inferred: false };
const YEAR_ONLY: Reference = { date: null, year: 2021, inferred: true };
const NOTHING: Reference = { date: null, year: null, inferred: true };

describe('anchorYear', () => {
  it.each<[string, number, number | null, Shift, Tense, Reference, ReturnType<typeof anchorYear>]>([
    ['last, before the month', 8, null, -1, null, PUBLISHED, { year: 2021, inferred: false }],
    ['last, same month', 9, null, -1, null, PUBLISHED, { year: 2020, inferred: false }],
    ['next, same month', 9, null, 1, null, PUBLISHED, { year: 2022, inferred: false }],
    ['next, after the month', 10, null, 1, null, PUBLISHED, { year: 2021, inferred: false }],
    ['future, earlier day', 9, 1, null, 'future', PUBLISHED, { year: 2022, inferred: false }],
    ['future, same day', 9, 8, null, 'future', PUBLISHED, { year: 2021, inferred: false }],
    ['past, later day', 9, 20, null, 'past', PUBLISHED, { year: 2020, inferred: false }],
    // A past day just after the stamp is this year's (stamps lag updates): not the one a year before.
    ['past, a few days later', 9, 12, null, 'past', PUBLISHED, { year: 2021, inferred: false }],
    ['past, a few days later, over the new year', 1, 2, null, 'past', { date: '2021-12-29', year: 2021, inferred: false }, { year: 2022, inferred: false }],
    ['no cue, closest', 2, 1, null, null, PUBLISHED, { year: 2022, inferred: false }],
    ['no cue, closest', 5, 1, null, null, PUBLISHED, { year: 2021, inferred: false }],
    ['year only', 1, null, null, 'future', YEAR_ONLY, { year: 2021, inferred: true }],
    ['year only, last', 8, null, -1, null, YEAR_ONLY, { year: 2020, inferred: true }],
    ['nothing', 8, null, null, null, NOTHING, null],
  ])('%s', (_name, month, day, shift, tense, reference, expected) => {
    expect(anchorYear(month, day, shift, tense, reference)).toEqual(expected);
  });
});

describe('spanValue', () => {
  it('clamps day 31 to the month end and runs past the year end when needed', () => {
    expect(spanValue(2023, [12, 1], [2, 31], 'season', false)).toEqual({ start: '2023-12-01', end: '2024-02-29', precision: 'season', inferred: false });
  });

  it('leaves the days unknown without a year', () => {
    expect(spanValue(null, [3, 1], [3, 10], 'month', false)).toEqual({ start: null, end: null, precision: 'month', inferred: true });
  });
});
