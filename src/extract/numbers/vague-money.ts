/** Vague amounts of money: `millions of dollars`, `hundreds of millions of euros`. */
import type { MoneyValue } from '../../model.js';
import { CURRENCY_CODES, CURRENCY_WORDS } from '../../lexicon/currencies.js';
import { VAGUE_MULTIPLES } from '../../lexicon/numbers.js';
import type { PatternExtractor } from '../types.js';
import { currencyOf } from './money.js';
import { alternation } from './parse-number.js';

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<multiple>${alternation(Object.keys(VAGUE_MULTIPLES))})\\s+(?<word>${alternation([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES])})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** A vague multiple of a currency, as an approximate range (the ranges are in the lexicon). */
export const vagueMoneyExtractor: PatternExtractor<'money'> = {
  kind: 'money',
  pattern: PATTERN,
  extract(match) {
    const { multiple = '', word } = match.groups ?? {};
    const range = VAGUE_MULTIPLES[multiple.toLowerCase().replace(/\s+/g, ' ')];
    const currency = currencyOf(word);
    if (!range || !currency) return null;
    const value: MoneyValue = { currency, min: range.min, max: range.max, approximate: true };
    return { value };
  },
};
