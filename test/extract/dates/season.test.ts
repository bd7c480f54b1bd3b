import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, PUBLISHED, span, Y2021 } from './dates.js';

describe('seasons without a year', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['Fighting flared last summer.', Y2021, [{ text: 'last summer', value: span('2020-06-01', '2020-08-31', 'season', true) }]],
    ['Fighting may flare this spring.', Y2021, [{ text: 'this spring', value: span('2021-03-01', '2021-05-31', 'season', true) }]],
    ['Fighting flared in the autumn.', Y2021, [{ text: 'autumn', value: span('2021-09-01', '2021-11-30', 'season', true) }]],
    ['Fighting will flare next winter.', PUBLISHED, [{ text: 'next winter', value: span('2021-12-01', '2022-02-28', 'season', false) }]],
    ['Fighting flared last summer.', {}, [{ text: 'last summer', value: span(null, null, 'season', true) }]],
    // A season without `in the` or a modifier is a plain noun.
    ['A summer camp opened.', Y2021, []],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
