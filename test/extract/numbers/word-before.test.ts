import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../../src/extract/numbers/word-before.js';

describe('wordBefore', () => {
  it.each([
    ['Oct. 4', 5, 'oct'],
    ['for  a year', 7, 'a'],
    ['It took 5', 8, 'took'],
    ['Über 5', 5, 'über'],
    ['5 5', 2, ''],
    ['end.5', 4, ''],
  ])('reads %j before %i as %j', (value, index, expected) => {
    expect(wordBefore(value, index)).toBe(expected);
  });
});
