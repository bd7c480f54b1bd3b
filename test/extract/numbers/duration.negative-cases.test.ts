import { describe, expect, it } from 'vitest';
import { found } from './found.js';

describe('duration: negative cases', () => {
  it.each([
    'They have been in talks for years.',
    'He asked a second time.',
    'He asked for a second time.',
    'Call us at any time.',
    'The fair is held once a year.',
    'The fair is held once a year after the harvest.',
    'He earns 40 euros per day.',
    'He earns 40 euros a day.',
    'A day later the roads reopened.',
    'They gave the board a month.',
    'It was a single decision.',
    'A year later he resigned.',
    'She worked on a zero-hours contract.',
    'One day he will return.',
    'A 52-year-old woman was detained.',
    'The suspect is 52 years old.',
    'The second was a test.',
    'Troops were sent in 2014.',
    'Sales fell last year and the past year.',
    'The S-400 was tested in the 1990s.',
  ])('%s', (text) => {
    expect(found(text, 'duration')).toEqual([]);
  });
});
