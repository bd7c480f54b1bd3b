import { describe, expect, it } from 'vitest';
import { found } from './found.js';

describe('money: negative cases', () => {
  it.each([
    'About 5 million people live in the region.',
    'The S-400 battery was moved in 2014.',
    'Dollars were scarce after the crisis.',
    'He asked to be paid in euros.',
    'The dollar fell by 12 percent.',
    'Lukashenko met Putin on September 9 in Sochi.',
    'Version 2.1.3 of the app is out.',
  ])('%s', (text) => {
    expect(found(text, 'money')).toEqual([]);
  });
});
