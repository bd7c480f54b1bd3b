import { describe, expect, it } from 'vitest';
import { type DateFind, datesOf, span } from './dates.js';

const century = (from: number, to: number) => span(`${from}-01-01`, `${to}-12-31`, 'century', false);

describe('centuries', () => {
  it.each<[string, DateFind[]]>([
    ['The quake felled a 17th-century temple.', [{ text: '17th-century', value: century(1601, 1700) }]],
    ['The mill dates from the 21st century.', [{ text: '21st century', value: century(2001, 2100) }]],
    ['The mill was built in the 12th century.', [{ text: '12th century', value: century(1101, 1200) }]],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});
