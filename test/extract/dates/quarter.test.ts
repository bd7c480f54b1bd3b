import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, PUBLISHED, span } from './dates.js';

const season = (from: string, to: string, inferred = false) => span(from, to, 'season', inferred);

describe('quarters without a year', () => {
  it.each<[string, Anchor, DateFind[]]>([
    // Published 2021-09-08: a quarter told in the past is the latest one.
    ['Exports fell in the second quarter.', PUBLISHED, [{ text: 'second quarter', value: season('2021-04-01', '2021-06-30') }]],
    ['Exports grew by a fifth in the third quarter, the office said.', { published: '2021-11-08' }, [{ text: 'third quarter', value: season('2021-07-01', '2021-09-30') }]],
    ['Exports fell in the three months to July.', PUBLISHED, [{ text: 'three months to July', value: season('2021-05-01', '2021-07-31') }]],
    // The three months end at a stated day: that day is the date.
    ['Exports fell in the three months ended Aug. 27.', PUBLISHED, [{ text: 'Aug. 27', value: span('2021-08-27', '2021-08-27', 'day', false) }]],
    // Three months to February reach back into the year before.
    ['Exports fell in the three months to February.', PUBLISHED, [{ text: 'three months to February', value: season('2020-12-01', '2021-02-28') }]],
  ])('%s', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });

  it.each([
    'He scored twice in the first quarter of the game.',
    'The team reached the third quarter-final.',
    // A company's own (fiscal) quarter, and a first quarter long over at publication in September.
    'The firm made a profit in its second quarter.',
    'The firm made a profit in the first quarter.',
  ])('%s: no date', (text) => {
    expect(datesOf(text, { published: '2021-11-08' })).toEqual([]);
  });
});
