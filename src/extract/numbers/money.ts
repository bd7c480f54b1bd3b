/** Amounts of money: `$350 million`, `between $ 1.6 billion and $ 2 billion`, `€3m`, `12,400 million dollars`, `10 €`, `3 dollars 50 cents`. */
import type { MoneyValue } from '../../model.js';
import { CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_SYMBOLS_AFTER, CURRENCY_WORDS } from '../../lexicon/currencies.js';
import type { Found, PatternExtractor } from '../types.js';
import { figuresOf } from './figure.js';
import { AMOUNT, alternation, CUE, FIGURE_END, FIGURE_START, RANGE_SEPARATOR } from './parse-number.js';

const SYMBOL = `(?:${alternation([...Object.keys(CURRENCY_SYMBOLS), ...CURRENCY_CODES])})`;
const WORD = `(?:${alternation([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES])})`;
const PATTERN = new RegExp(
  `${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?:(?<between>between|from)\\s+)?(?<firstSymbol>${SYMBOL})?\\s?(?<first>${AMOUNT})` +
    `(?:(?<separator>${RANGE_SEPARATOR})(?<secondSymbol>${SYMBOL})?\\s?(?<second>${AMOUNT}))?${FIGURE_END}` +
    `(?:\\s+(?<word>${WORD})(?![\\p{L}\\p{N}])(?:\\s+(?:and\\s+)?(?<hundredths>\\d{1,2})\\s+(?:${alternation(CURRENCY_SUBUNITS)})\\b)?|\\s?(?<after>${alternation(CURRENCY_SYMBOLS_AFTER)})(?![\\p{L}\\p{N}]))?`,
  'giud',
);
const CODES: ReadonlySet<string> = new Set(CURRENCY_CODES);

/** The ISO 4217 code of a symbol, code or currency word as written, or null. */
export function currencyOf(written: string | undefined): string | null {
  if (written === undefined) return null;
  const upper = written.toUpperCase();
  if (CODES.has(upper)) return upper;
  return CURRENCY_SYMBOLS[written] ?? CURRENCY_WORDS[written.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** An amount or range with a currency symbol, code or word; a figure without one is no money. */
export const moneyExtractor: PatternExtractor<'money'> = {
  kind: 'money',
  pattern: PATTERN,
  extract(match) {
    const { firstSymbol, secondSymbol, word, after, hundredths } = match.groups ?? {};
    const currency = currencyOf(firstSymbol ?? secondSymbol) ?? currencyOf(word ?? after);
    if (!currency) return null;
    // `3 dollars 50 cents` is 3.50: the hundredths add to the last amount written.
    const change = hundredths ? Number(hundredths) / 100 : 0;
    const figures = figuresOf(match, match.index + match[0].length);
    // Two amounts with their own symbols (`A$12 million and C$4 million`) keep their own currencies.
    const second = currencyOf(secondSymbol) ?? currency;
    return figures.map((figure, index): Found<'money'> => {
      const { min, max } = figure.value;
      const plus = (amount: number) => (index === figures.length - 1 ? Math.round((amount + change) * 100) / 100 : amount);
      const value: MoneyValue = { currency: index > 0 ? second : currency, ...figure.value, min: min === max ? plus(min) : min, max: plus(max) };
      return { value, start: figure.start, end: figure.end };
    });
  },
};
