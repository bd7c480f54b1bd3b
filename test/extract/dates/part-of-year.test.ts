import { describe, expect, it } from 'vitest';
import { type DateFind, datesOf, span } from './dates.js';

const season = (from: string, to: string) => span(from, to, 'season', false);

describe('parts of a stated year', () => {
  it.each<[string, DateFind[]]>([
    // chrono reads only `last months` here.
    ['In the last months of 2019, columns were seen.', [{ text: 'last months of 2019', value: season('2019-09-01', '2019-12-31') }]],
    ['Columns were seen in early 2019.', [{ text: 'early 2019', value: season('2019-01-01', '2019-04-30') }]],
    ['Columns were seen in mid-2020.', [{ text: 'mid-2020', value: season('2020-05-01', '2020-08-31') }]],
    ['Columns were seen in late 2018.', [{ text: 'late 2018', value: season('2018-09-01', '2018-12-31') }]],
    // The end of a year is its last month.
    ['Columns were seen by the end of 2018.', [{ text: 'end of 2018', value: season('2018-12-01', '2018-12-31') }]],
    ['Sales rose in the final quarter of 2016.', [{ text: 'final quarter of 2016', value: season('2016-10-01', '2016-12-31') }]],
    ['Sales rose in the first six months of 2016.', [{ text: 'first six months of 2016', value: season('2016-01-01', '2016-06-30') }]],
    ['Sales fell in the first quarter of 2021.', [{ text: 'first quarter of 2021', value: season('2021-01-01', '2021-03-31') }]],
    ['Sales fell in the second half of 2017.', [{ text: 'second half of 2017', value: season('2017-07-01', '2017-12-31') }]],
    ['Sales fell in spring 2020.', [{ text: 'spring 2020', value: season('2020-03-01', '2020-05-31') }]],
    // Winter runs into the next year.
    ['Sales fell in the winter of 2019.', [{ text: 'winter of 2019', value: season('2019-12-01', '2020-02-29') }]],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});
