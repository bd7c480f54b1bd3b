/**
 * Refiner: a bare `$` (or bare `dollars`) is US dollars only when nothing in the article says
 * otherwise. An article whose other figures name one other dollar (`A$1.2 billion`, `40 million
 * Canadian dollars`) and none US dollars writes its bare `$` in that dollar, as Australian and
 * Canadian outlets do once they have said which.
 */
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../../lexicon/currencies.js';
import type { AnyClaim, Claim } from '../../model.js';
import type { Refiner } from '../types.js';
import { alternation } from './parse-number.js';

/** The currencies written with a dollar sign or called dollars. */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);

/** The spellings of US dollars that name the country (`US$`, `U.S.$`, `US dollars`), from the currency lexicons. */
const NAMES_US = new RegExp(
  alternation([...Object.entries(CURRENCY_SYMBOLS), ...Object.entries(CURRENCY_WORDS)].filter(([written, code]) => code === 'USD' && !['$', 'dollar', 'dollars'].includes(written)).map(([written]) => written)),
  'iu',
);

/** Give the bare dollar figures of a source the one other dollar its named figures use. */
export const localDollar: Refiner = (claims) => {
  const dollars = claims.filter(isDollar);
  const [local, ...others] = new Set(dollars.filter((claim) => !isBare(claim)).map((claim) => claim.value.currency));
  if (!local || others.length || local === 'USD') return claims;
  return claims.map((claim) => (isDollar(claim) && isBare(claim) ? { ...claim, value: { ...claim.value, currency: local } } : claim));
};

function isDollar(claim: AnyClaim): claim is Claim<'money'> {
  return claim.kind === 'money' && DOLLARS.has(claim.value.currency);
}

/** A dollar figure read as US dollars though it names no country: `$5 million`, `5 million dollars`. */
function isBare(claim: Claim<'money'>): boolean {
  return claim.value.currency === 'USD' && !NAMES_US.test(claim.text);
}
