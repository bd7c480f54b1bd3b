/**
 * Currency symbols and words, mapped to ISO 4217 codes. Keys of the word lists are lowercase;
 * symbols and codes are matched as written.
 */

/** Symbols written before an amount (`$ 1.6 billion`, `€3m`). A bare `$` is read as US dollars. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD',
  HK$: 'HKD', S$: 'SGD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR',
  '₴': 'UAH', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', '₾': 'GEL', 'zł': 'PLN', Rs: 'INR', 'Rs.': 'INR',
  RMB: 'CNY',
};

/** Symbols also written after an amount (`10 €`, `100₾`); `$` after a figure is too rare to trust. */
export const CURRENCY_SYMBOLS_AFTER: readonly string[] = ['€', '£', '¥', '₽', '₹', '₴', '₩', '₺', '₪', '₾', 'zł'];

/** ISO 4217 codes recognized before or after an amount (`USD 5 million`, `5 million EUR`). */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'RUB', 'BYN', 'UAH', 'PLN', 'CNY', 'JPY', 'CHF', 'CAD', 'AUD', 'INR', 'TRY',
  'KRW', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'KZT', 'GEL', 'AMD', 'AZN', 'ILS', 'BRL',
];

/**
 * Currency words written after an amount (`12,400 million dollars`). `pounds` is read as sterling,
 * though it can be a weight; `rubles` alone as Russian rubles; `francs` alone as Swiss francs.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'hong kong dollars': 'HKD',
  euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', 'russian rubles': 'RUB', 'russian roubles': 'RUB',
  'belarusian rubles': 'BYN', 'belarusian roubles': 'BYN', hryvnia: 'UAH', hryvnias: 'UAH',
  zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  'swiss francs': 'CHF', rupee: 'INR', rupees: 'INR', lira: 'TRY', liras: 'TRY',
  tenge: 'KZT', lari: 'GEL', shekel: 'ILS', shekels: 'ILS', reais: 'BRL',
  'chinese yuan': 'CNY', rmb: 'CNY', 'indian rupees': 'INR', 'pakistani rupees': 'PKR',
  franc: 'CHF', francs: 'CHF', 'cfa francs': 'XOF', rand: 'ZAR', 'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
};

/** Hundredths of a currency, written after its word: `3 dollars 50 cents`, `2 pounds and 40 pence`. */
export const CURRENCY_SUBUNITS: readonly string[] = ['cent', 'cents', 'pence', 'penny', 'kopeck', 'kopecks', 'kopek', 'kopeks', 'centimes', 'paise'];
