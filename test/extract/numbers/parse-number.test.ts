import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../src/extract/numbers/figure.js';
import { parseAmount, readCue } from '../../../src/extract/numbers/parse-number.js';

describe('parseAmount', () => {
  it.each([
    ['5,000', 5000],
    ['48.66', 48.66],
    ['1.6 billion', 1.6e9],
    ['12,400 million', 12.4e9],
    ['40 thousand', 40_000],
    ['40k', 40_000],
    ['12bn', 12e9],
    ['3m', 3e6],
    ['eight', 8],
    ['forty-five', 45],
    ['forty thousand', 40_000],
    ['a hundred', 100],
    ['one hundred and twenty', 120],
    ['two thousand five hundred', 2500],
    ['two and a half', 2.5],
    ['two and a half million', 2.5e6],
    ['a million', 1e6],
  ])('%s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('is null for text without a number', () => {
    expect(parseAmount('none')).toBeNull();
  });
});

describe('readCue', () => {
  it.each([
    ['about', { approximate: true }],
    ['an  estimated', { approximate: true }],
    ['More than', { approximate: false, bound: 'lower' }],
    ['upwards of', { approximate: false, bound: 'lower' }],
    ['at most', { approximate: false, bound: 'upper' }],
    [undefined, { approximate: false }],
  ])('%s', (cue, expected) => {
    expect(readCue(cue)).toEqual(expected);
  });
});

describe('readFigure', () => {
  it('gives the first end of a range the scale of the second', () => {
    expect(readFigure({ first: '1.6', separator: ' and ', between: 'between', second: '2 billion' })).toEqual({ min: 1.6e9, max: 2e9, approximate: false });
  });
  it('keeps the first end unscaled when scaling would pass the second', () => {
    expect(readFigure({ first: '500', separator: ' to ', second: '1 million' })).toEqual({ min: 500, max: 1e6, approximate: false });
  });
  it('drops the bound of a range', () => {
    expect(readFigure({ cue: 'up to', first: '10', separator: '-', second: '15' })).toEqual({ min: 10, max: 15, approximate: false });
  });
  it('splits `and` without `between` into two amounts', () => {
    expect(readFigure({ first: '5', separator: ' and ', second: '6' })).toEqual([
      { min: 5, max: 5, approximate: false },
      { min: 6, max: 6, approximate: false },
    ]);
  });
  it('rejects a dash from a bigger to a smaller number', () => {
    expect(readFigure({ first: '2020', separator: '-', second: '21' })).toBeNull();
  });
});
