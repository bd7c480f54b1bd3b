import { describe, expect, it } from 'vitest';
import { type DateFind, datesOf, span } from './dates.js';

const years = (from: number, to: number) => span(`${from}-01-01`, `${to}-12-31`, 'year', false);

describe('years of events, without a preposition', () => {
  it.each<[string, DateFind[]]>([
    ["Veterans of the country's 1980-1988 war marched.", [{ text: '1980-1988', value: years(1980, 1988) }]],
    ['The recall covers 2004–2009 sedans.', [{ text: '2004–2009', value: years(2004, 2009) }]],
    ['Survivors of the 1987 flood gathered.', [{ text: '1987', value: years(1987, 1987) }]],
    ["The city's 1906 fire is remembered.", [{ text: '1906', value: years(1906, 1906) }]],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });

  it.each([
    // Counts and measures, not years.
    'The 2000 troops left.',
    'A 1500 km border separates them.',
    'The score was 2001-1999 at the end.',
    // A lone year with no determiner before it is left to the other readers.
    'Some 1987 voters came.',
  ])('%s: no date', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
