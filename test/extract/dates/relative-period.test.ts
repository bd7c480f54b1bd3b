import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, PUBLISHED, span, Y2021 } from './dates.js';

describe('parts of relative periods', () => {
  it.each<[string, Anchor, DateFind[]]>([
    // From the publication day to the month's end.
    ['Drills are planned later this month.', PUBLISHED, [{ text: 'later this month', value: span('2021-09-08', '2021-09-30', 'month', false) }]],
    ['Drills were held earlier this year.', PUBLISHED, [{ text: 'earlier this year', value: span('2021-01-01', '2021-09-08', 'year', false) }]],
    ['Drills end at the end of the month.', PUBLISHED, [{ text: 'end of the month', value: span('2021-09-21', '2021-09-30', 'month', false) }]],
    ['Drills start early next week.', PUBLISHED, [{ text: 'early next week', value: span('2021-09-13', '2021-09-15', 'day', false) }]],
    ['Drills were held late last year.', PUBLISHED, [{ text: 'late last year', value: span('2020-09-01', '2020-12-31', 'season', false) }]],
    // Only a reference year: years still work, inferred; weeks and months cannot be placed.
    ['Drills were held late last year.', Y2021, [{ text: 'late last year', value: span('2020-09-01', '2020-12-31', 'season', true) }]],
    ['Drills were held earlier this year.', Y2021, [{ text: 'earlier this year', value: span('2021-01-01', '2021-12-31', 'year', true) }]],
    ['Drills are planned later this month.', Y2021, []],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
