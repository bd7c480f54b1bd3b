import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, day, PUBLISHED, Y2021 } from './dates.js';

describe('holidays on a fixed day', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['The fire broke out on Christmas Eve 2019.', {}, [{ text: 'Christmas Eve 2019', value: day('2019-12-24', false) }]],
    ['The fire broke out on Valentine’s Day last year.', PUBLISHED, [{ text: 'Valentine’s Day last year', value: day('2020-02-14', false) }]],
    ["The fire broke out on Valentine's Day last year.", Y2021, [{ text: "Valentine's Day last year", value: day('2020-02-14', true) }]],
    // Published 2021-09-08: a past New Year's Day is this year's, a coming Christmas Day too.
    ["The fire broke out on New Year's Day.", PUBLISHED, [{ text: "New Year's Day", value: day('2021-01-01', false) }]],
    ['The shops will close on Christmas Day.', PUBLISHED, [{ text: 'Christmas Day', value: day('2021-12-25', false) }]],
  ])('%s', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
