import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, day, PUBLISHED, span, Y2021 } from './dates.js';

describe('day ranges', () => {
  it.each<[string, Anchor, DateFind[]]>([
    // One claim for the whole range (chrono alone reads only `September 10`); `from` stays out.
    ['The drills will last from September 10 until 16.', Y2021, [{ text: 'September 10 until 16', value: span('2021-09-10', '2021-09-16', 'day', true) }]],
    ['The drills will last from September 10 until 16.', PUBLISHED, [{ text: 'September 10 until 16', value: span('2021-09-10', '2021-09-16', 'day', false) }]],
    ['The fair ran from May 3 to 9, 2019.', {}, [{ text: 'May 3 to 9, 2019', value: span('2019-05-03', '2019-05-09', 'day', false) }]],
    ['The fair ran Sept. 10-16 this time.', Y2021, [{ text: 'Sept. 10-16', value: span('2021-09-10', '2021-09-16', 'day', true) }]],
    ['Voting takes place between 3 and 9 May.', Y2021, [{ text: '3 and 9 May', value: span('2021-05-03', '2021-05-09', 'day', true) }]],
    ['The games run from 12 till 20 June 2018.', {}, [{ text: '12 till 20 June 2018', value: span('2018-06-12', '2018-06-20', 'day', false) }]],
    ['The games run from 12th through 20th of June.', Y2021, [{ text: '12th through 20th of June', value: span('2021-06-12', '2021-06-20', 'day', true) }]],
    // Without `between`, `and` joins two separate days: no range (chrono keeps the day with the month).
    ['Ballots were cast on 3 and 9 May.', Y2021, [{ text: '9 May', value: day('2021-05-09', true) }]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
