import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, PUBLISHED, span, Y2021 } from './dates.js';

describe('parts of a month', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['Talks resumed in early March.', Y2021, [{ text: 'early March', value: span('2021-03-01', '2021-03-10', 'month', true) }]],
    ['Talks resumed in mid-October.', Y2021, [{ text: 'mid-October', value: span('2021-10-11', '2021-10-20', 'month', true) }]],
    ['Talks resumed in mid October.', Y2021, [{ text: 'mid October', value: span('2021-10-11', '2021-10-20', 'month', true) }]],
    // `late May`: chrono drops it, taking `May` for the verb.
    ['Talks resumed in late May.', Y2021, [{ text: 'late May', value: span('2021-05-21', '2021-05-31', 'month', true) }]],
    ['Talks resumed in late February 2020.', {}, [{ text: 'late February 2020', value: span('2020-02-21', '2020-02-29', 'month', false) }]],
    ['Talks resumed at the end of June.', Y2021, [{ text: 'end of June', value: span('2021-06-21', '2021-06-30', 'month', true) }]],
    ['Talks resumed at the beginning of April 2019.', {}, [{ text: 'beginning of April 2019', value: span('2019-04-01', '2019-04-10', 'month', false) }]],
    ['Talks will resume in early March.', PUBLISHED, [{ text: 'early March', value: span('2022-03-01', '2022-03-10', 'month', false) }]],
    ['The visit is planned for the first week of May 2020.', {}, [{ text: 'first week of May 2020', value: span('2020-05-01', '2020-05-07', 'month', false) }]],
    ['Talks will resume in mid to late May 2020.', {}, [{ text: 'mid to late May 2020', value: span('2020-05-11', '2020-05-31', 'month', false) }]],
    // `as early as` is not a part of the month.
    ['Talks resumed as early as March 2020.', {}, [{ text: 'March 2020', value: span('2020-03-01', '2020-03-31', 'month', false) }]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
