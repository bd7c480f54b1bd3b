import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, day, PUBLISHED, span, Y2021 } from './dates.js';

const FRIDAY: Anchor = { published: '2021-09-10' };

describe('chrono-node dates', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['Talks took place on August 9.', Y2021, [{ text: 'August 9', value: day('2021-08-09', true) }]],
    // A publication day implies the year: not inferred.
    ['Talks took place on August 9.', PUBLISHED, [{ text: 'August 9', value: day('2021-08-09', false) }]],
    ['The summit opens on Oct. 4 in Porto.', Y2021, [{ text: 'Oct. 4', value: day('2021-10-04', true) }]],
    ['The vote was held on Tuesday, October 4.', Y2021, [{ text: 'Tuesday, October 4', value: day('2021-10-04', true) }]],
    ['PORTO, Oct 4 (Wire) - Ministers met again.', Y2021, [{ text: 'Oct 4', value: day('2021-10-04', true) }]],
    ['The treaty was signed on October 4, 2019.', Y2021, [{ text: 'October 4, 2019', value: day('2019-10-04', false) }]],
    ['The treaty was signed on 4 October 2019.', {}, [{ text: '4 October 2019', value: day('2019-10-04', false) }]],
    ['The order is dated 2020-03-15.', {}, [{ text: '2020-03-15', value: day('2020-03-15', false) }]],
    ['Reports surfaced as early as March 2020.', {}, [{ text: 'March 2020', value: span('2020-03-01', '2020-03-31', 'month', false) }]],
    ['Reports surfaced in February 2020.', {}, [{ text: 'February 2020', value: span('2020-02-01', '2020-02-29', 'month', false) }]],
    // No year anywhere: the claim stands, its days unknown.
    ['The minister spoke on August 9.', {}, [{ text: 'August 9', value: span(null, null, 'day', true) }]],
    // `August 9, 12 soldiers`: chrono reads 2012; the 12 is a count.
    ['On August 9, 12 soldiers were hurt.', Y2021, [{ text: 'August 9', value: day('2021-08-09', true) }]],
    ['The ferry ran from May 3 to May 9, 2019.', {}, [{ text: 'May 3 to May 9, 2019', value: span('2019-05-03', '2019-05-09', 'day', false) }]],
    ['The fair ran from December 28 until January 3, 2022.', {}, [{ text: 'December 28 until January 3, 2022', value: span('2021-12-28', '2022-01-03', 'day', false) }]],
    ['Prices rose between March and May 2020.', {}, [{ text: 'March and May 2020', value: span('2020-03-01', '2020-05-31', 'month', false) }]],
    ['Prices rose between November 2019 and February.', {}, [{ text: 'November 2019 and February', value: span('2019-11-01', '2020-02-29', 'month', false) }]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});

describe('bare months and days follow the tense against a publication day', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['The statement came in January.', Y2021, [{ text: 'January', value: span('2021-01-01', '2021-01-31', 'month', true) }]],
    ['The minister will visit in January.', Y2021, [{ text: 'January', value: span('2021-01-01', '2021-01-31', 'month', true) }]],
    ['The statement came in January.', PUBLISHED, [{ text: 'January', value: span('2021-01-01', '2021-01-31', 'month', false) }]],
    ['The minister will visit in January.', PUBLISHED, [{ text: 'January', value: span('2022-01-01', '2022-01-31', 'month', false) }]],
    // `will be submitted`: passive, the tense is the future auxiliary's.
    ['The treaty will be submitted for approval in July.', PUBLISHED, [{ text: 'July', value: span('2022-07-01', '2022-07-31', 'month', false) }]],
    ['The plant closed in December.', PUBLISHED, [{ text: 'December', value: span('2020-12-01', '2020-12-31', 'month', false) }]],
    ['Leaders are due to meet on September 20.', PUBLISHED, [{ text: 'September 20', value: day('2021-09-20', false) }]],
    ['Leaders met on September 20.', PUBLISHED, [{ text: 'September 20', value: day('2020-09-20', false) }]],
    // No cue: the closest such day.
    ['The fair, on September 20, is free.', PUBLISHED, [{ text: 'September 20', value: day('2021-09-20', false) }]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});

describe('weekdays', () => {
  it.each<[string, Anchor, DateFind[]]>([
    // Only a reference year: the day cannot be known, the year is a guess.
    // Without a publication day, a weekday says no more than a year: no claim.
    ['The deal was announced on Wednesday.', Y2021, []],
    ['The deal was announced on Wednesday.', FRIDAY, [{ text: 'Wednesday', value: day('2021-09-08', false) }]],
    ['The deal was announced on Friday.', FRIDAY, [{ text: 'Friday', value: day('2021-09-10', false) }]],
    ['The ministers will meet on Wednesday.', FRIDAY, [{ text: 'Wednesday', value: day('2021-09-15', false) }]],
    ['The ministers are set to meet on Monday.', FRIDAY, [{ text: 'Monday', value: day('2021-09-13', false) }]],
    // The nearest cue wins: `was quoted` (past), not the earlier `will`.
    ['Aid will come soon, the leader was quoted as saying on Tuesday.', FRIDAY, [{ text: 'Tuesday', value: day('2021-09-07', false) }]],
    ['On Monday, the ministers will meet.', FRIDAY, [{ text: 'Monday', value: day('2021-09-13', false) }]],
    ['They met last Friday.', FRIDAY, [{ text: 'last Friday', value: day('2021-09-03', false) }]],
    ['They meet next Friday.', FRIDAY, [{ text: 'next Friday', value: day('2021-09-17', false) }]],
    ['Crowds gathered last weekend.', FRIDAY, [{ text: 'last weekend', value: span('2021-09-04', '2021-09-05', 'day', false) }]],
    ['Talks ran from Monday to Wednesday.', FRIDAY, [{ text: 'Monday to Wednesday', value: span('2021-09-06', '2021-09-08', 'day', false) }]],
    ['The deal was announced on Wednesday.', {}, []],
    // Named days and titles are not weekdays; a weekday before a name still is.
    ['The Sunday Times praised Black Friday sales, and on Sunday Putin spoke.', FRIDAY, [{ text: 'Sunday', value: day('2021-09-05', false) }]],
    // A weekday with its day in brackets is the stated day, not the weekday read against a guess.
    ['The deal was announced on Monday (Aug 30).', FRIDAY, [{ text: 'Monday (Aug 30', value: day('2021-08-30', false) }]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});

describe('relative dates', () => {
  it.each<[string, Anchor, DateFind[]]>([
    ['The convoy left yesterday.', PUBLISHED, [{ text: 'yesterday', value: day('2021-09-07', false) }]],
    ['The convoy left the day before yesterday.', PUBLISHED, [{ text: 'day before yesterday', value: day('2021-09-06', false) }]],
    ['The convoy left two days ago.', PUBLISHED, [{ text: 'two days ago', value: day('2021-09-06', false) }]],
    ['The convoy leaves next week.', PUBLISHED, [{ text: 'next week', value: span('2021-09-13', '2021-09-19', 'day', false) }]],
    // chrono puts `this week` on the Sunday before: the week is the publication day's.
    ['The convoy left this week.', PUBLISHED, [{ text: 'this week', value: span('2021-09-06', '2021-09-12', 'day', false) }]],
    ['The convoy left this month.', PUBLISHED, [{ text: 'this month', value: span('2021-09-01', '2021-09-30', 'month', false) }]],
    ['The convoy left last month.', PUBLISHED, [{ text: 'last month', value: span('2021-08-01', '2021-08-31', 'month', false) }]],
    ['The vote was held last year.', PUBLISHED, [{ text: 'last year', value: span('2020-01-01', '2020-12-31', 'year', false) }]],
    ['The vote was held last year.', Y2021, [{ text: 'last year', value: span('2020-01-01', '2020-12-31', 'year', true) }]],
    ['The vote is held this year.', Y2021, [{ text: 'this year', value: span('2021-01-01', '2021-12-31', 'year', true) }]],
    ['The vote is held next year.', Y2021, [{ text: 'next year', value: span('2022-01-01', '2022-12-31', 'year', true) }]],
    ['The vote was held three years ago.', Y2021, [{ text: 'three years ago', value: span('2018-01-01', '2018-12-31', 'year', true) }]],
    // Days, weeks and months need the publication day.
    ['The convoy left yesterday, two days ago, this month.', Y2021, []],
    ['The convoy leaves next week.', {}, []],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
