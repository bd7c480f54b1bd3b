import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../../src/extract/numbers/word-before.js';

// The pattern that `wordBefore` reads backwards.
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;
const byPattern = (text: string, index: number) => WORD_BEFORE.exec(text.slice(Math.max(0, index - 24), index))?.[1]?.toLowerCase() ?? '';

// Letters (ASCII, accented, astral, a lone surrogate), spaces of several kinds, dots and digits.
const piece = fc.constantFrom('Oct', 'for', 'Über', 'é', '𝐀𝐁', '\uD835', '\uDC00', 'İ', ' ', '  ', '\u00a0', '\n', '.', '5', ',', '-', 'abcdefghijklmnopqrstuvwxyz');
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('wordBefore', () => {
  it('gives what the pattern gives, at any index of any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), (value, at) => {
        const index = value.length === 0 ? 0 : at % (value.length + 1);
        return wordBefore(value, index) === byPattern(value, index);
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['Oct. 4', 5, 'oct'],
    ['for  a year', 7, 'a'],
    ['It took 5', 8, 'took'],
    ['5 5', 2, ''],
    ['end.5', 4, ''],
  ])('reads %j before %i as %j', (value, index, expected) => {
    expect(wordBefore(value, index)).toBe(expected);
  });
});
