import { describe, expect, it } from 'vitest';
import { found } from './found.js';

const span = (unit: string, min: number, max = min, more: object = {}) => ({ min, max, approximate: false, ...more, unit });

describe('duration', () => {
  it.each([
    ['Radars give 30-40 minutes of warning.', '30-40 minutes', span('minute', 30, 40)],
    ['A record nine-hour session ended.', 'nine-hour', span('hour', 9)],
    ['It has been debated for the past 18 months.', '18 months', span('month', 18)],
    ['He got six years in prison.', 'six years', span('year', 6)],
    ['He got a 6-year sentence.', '6-year', span('year', 6)],
    ['The station runs a 24-hour service.', '24-hour', span('hour', 24)],
    ['The talks lasted three weeks.', 'three weeks', span('week', 3)],
    ['The drills last between two and three days.', 'between two and three days', span('day', 2, 3)],
    ['The war lasted two decades.', 'two decades', span('year', 20)],
    ['The war lasted two and a half years.', 'two and a half years', span('year', 2.5)],
    ['The trip took 1.5 hours.', '1.5 hours', span('hour', 1.5)],
    ['The talks lasted more than 12 hours.', 'more than 12 hours', span('hour', 12, 12, { bound: 'lower' })],
    ['It stayed closed for one day.', 'one day', span('day', 1)],
    ['It took a decade to build.', 'a decade', span('year', 10)],
    ['It took nearly a decade to build.', 'nearly a decade', span('year', 10, 10, { approximate: true, bound: 'upper' })],
    ['The crew waited almost four days for help.', 'almost four days', span('day', 4, 4, { approximate: true, bound: 'upper' })],
    ['Prices doubled over the past decade.', 'decade', span('year', 10)],
    ['Half a century has passed.', 'Half a century', span('year', 50)],
    ['The vote took half an hour.', 'half an hour', span('hour', 0.5)],
    ['The vote took an hour and a half.', 'an hour and a half', span('hour', 1.5)],
    ['He was jailed for a year.', 'a year', span('year', 1)],
    ['They talked for more than a week.', 'more than a week', span('week', 1, 1, { bound: 'lower' })],
    ['Prices fell 9 percent in a single day.', 'a single day', span('day', 1)],
    ['Crowds doubled in one single week.', 'one single week', span('week', 1)],
    ['A week after the ballot, he quit.', 'A week', span('week', 1)],
    ['He quit a month before the ballot.', 'a month', span('month', 1)],
    ['Analysts give it a year at most.', 'a year', span('year', 1)],
    ['We needed a week to recover.', 'a week', span('week', 1)],
    ['The dam burst a month ago.', 'a month', span('month', 1)],
    ['It is one year since the flood.', 'one year', span('year', 1)],
    ['The vote came one week after the flood.', 'one week', span('week', 1)],
    ['The plan took shape over the last 5 or 10 years.', '5 or 10 years', span('year', 5, 10)],
  ])('%s', (text, slice, value) => {
    expect(found(text, 'duration')).toEqual([{ text: slice, value }]);
  });
});
