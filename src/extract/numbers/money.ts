/** Amounts of money: `$350 million`, `between $ 1.6 billion and $ 2 billion`, `€3m`, `12,400 million dollars`, `10 €`. */
import type { MoneyValue } from '../../model.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_SYMBOLS_AFTER, CURRENCY_WORDS } from '../../lexicon/currencies.js';
import type { Found, PatternExtractor } from '../types.js';
import { figuresOf } from './figure.js';
import { AMOUNT, alternation, CUE, FIGURE_END, FIGURE_START, RANGE_SEPARATOR } from './parse-number.js';

const SYMBOL = `(?:${alternation([...Object.keys(CURRENCY_SYMBOLS), ...CURRENCY_CODES])})`;
const WORD = `(?:${alternation([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES])})`;
const PATTERN = new RegExp(
  `${FIGURE_START}(?:(?<cue>${CUE})\\s+)?(?:(?<between>between|from)\\s+)?(?<firstSymbol>${SYMBOL})?\\s?(?<first>${AMOUNT})` +
    `(?:(?<separator>${RANGE_SEPARATOR})(?<secondSymbol>${SYMBOL})?\\s?(?<second>${AMOUNT}))?${FIGURE_END}` +
    `(?:\\s+(?<word>${WORD})(?![\\p{L}\\p{N}])|\\s?(?<after>${alternation(CURRENCY_SYMBOLS_AFTER)})(?![\\p{L}\\p{N}]))?`,
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
    const { firstSymbol, secondSymbol, word, after } = match.groups ?? {};
    const currency = currencyOf(firstSymbol ?? secondSymbol) ?? currencyOf(word ?? after);
    if (!currency) return null;
    return figuresOf(match, match.index + match[0].length).map((figure): Found<'money'> => {
      const value: MoneyValue = { currency, ...figure.value };
      return { value, start: figure.start, end: figure.end };
    });
  },
};
