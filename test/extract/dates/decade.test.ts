import { describe, expect, it } from 'vitest';
import { type DateFind, datesOf, span } from './dates.js';

const decade = (from: number, to: number) => span(`${from}-01-01`, `${to}-12-31`, 'decade', false);

describe('decades', () => {
  it.each<[string, DateFind[]]>([
    ['The base was built in the 1990s.', [{ text: '1990s', value: decade(1990, 1999) }]],
    ['The base was built in the early 2000s.', [{ text: 'early 2000s', value: decade(2000, 2003) }]],
    ['The base was built in the late 1980s.', [{ text: 'late 1980s', value: decade(1987, 1989) }]],
    ['The base was built in the mid-1970s.', [{ text: 'mid-1970s', value: decade(1974, 1976) }]],
    ["The base was built in the 1960's.", [{ text: "1960's", value: decade(1960, 1969) }]],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});
