import { describe, expect, it } from 'vitest';
import { found } from './found.js';

describe('duration: negative cases', () => {
  it.each([
    'They have been in talks for years.',
    'He asked a second time.',
    'He asked for a second time.',
    'Call us at any time.',
    'The fair is held once a year.',
    'A year later he resigned.',
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
