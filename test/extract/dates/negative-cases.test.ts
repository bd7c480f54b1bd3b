import { describe, expect, it } from 'vitest';
import { datesOf, PUBLISHED, Y2021 } from './dates.js';

describe('texts without dates', () => {
  it.each([
    // Years inside names.
    'The Expo-2021 and Forum-2020 shows displayed S-400, F-35 and Su-30SM models.',
    // Numbers that are counts, shares, lengths or money.
    'The alliance keeps 5,000 troops there.',
    'A 100% barter deal was offered.',
    'The radar adds 45-50 minutes of warning.',
    'The deal is worth between $ 3 billion and $ 4 billion.',
    'There were 2000 reasons and 1999 complaints.',
    'The army grew up to 2000 soldiers.',
    // Ordinals.
    'The second was a test of the system.',
    'The third option is a purchase.',
    'He was elected a second time.',
    // `may` and `march` as verbs, `August` as an adjective.
    'The ministry may ask for payment.',
    'Protesters march on the capital.',
    'The august assembly met.',
    // `last` as a verb.
    'The talks will last for weeks.',
    // Durations.
    'The plan has been discussed for the past 12 months.',
    'The plan has been discussed over the past year.',
    'They have negotiated for years.',
    'It was the topic for the last year.',
    // Weekday abbreviations inside words or as names.
    'The Sun said wedding guests at Wedgwood had sunny Wednesdays off.',
    // Times and fractions.
    'He said it at any time, now and in the near future.',
    'Some 3/4 of the crews left.',
    // A bare number.
    'The figure was 2021.',
    // A photo agency caption: the picture's day, not the story's.
    'LISBON, PORTUGAL - MARCH 04: The minister speaks at a news conference on March 4 in Lisbon.',
  ])('%s', (text) => {
    expect(datesOf(text, Y2021)).toEqual([]);
    expect(datesOf(text, PUBLISHED)).toEqual([]);
  });
});
