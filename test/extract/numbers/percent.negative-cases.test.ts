import { describe, expect, it } from 'vitest';
import { found } from './found.js';

describe('percent: negative cases', () => {
  it.each([
    'Support fell 5 percentage points.',
    'The percentage of voters is unknown.',
    'Income per capita is rising.',
    'A 100-strong crowd gathered.',
    'The S-400 % figure was not given.',
    'Version 2.1.3% of nothing.',
  ])('%s', (text) => {
    expect(found(text, 'percent')).toEqual([]);
  });
});
