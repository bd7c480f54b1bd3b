/**
 * Refiner: a bare `$` (or bare `dollars`) is US dollars only when nothing in the article says
 * otherwise. An article whose other figures name one other dollar (`A$1.2 billion`, `40 million
 * Canadian dollars`) and none US dollars writes its bare `$` in that dollar, as Australian and
 * Canadian outlets do once they have said which.
 */
import type { AnyClaim, Claim } from '../../model.js';
import type { Refiner } from '../types.js';

/** The currencies written with a dollar sign or called dollars. */
const DOLLARS: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);

/** A dollar figure that names no country: `$5 million`, `5 million dollars`, not `US$5m` or `A$5m`. */
const BARE = /(?:^|[^\p{L}$])\$|\bdollars?\b/iu;
const NAMED = /\p{Lu}{1,3}\$|\b(?:us|u\.s\.|american|canadian|australian|new zealand|hong kong|singapore)\s+dollars?\b/iu;

/** Give the bare dollar figures of a source the one other dollar its named figures use. */
export const localDollar: Refiner = (claims) => {
  const named = new Set(claims.filter((claim) => isDollar(claim) && NAMED.test(claim.text)).map((claim) => (claim as Claim<'money'>).value.currency));
  const [local, ...others] = named;
  if (!local || others.length || local === 'USD') return claims;
  return claims.map((claim) =>
    isDollar(claim) && claim.value.currency === 'USD' && BARE.test(claim.text) && !NAMED.test(claim.text) ? { ...claim, value: { ...claim.value, currency: local } } : claim,
  );
};

function isDollar(claim: AnyClaim): claim is Claim<'money'> {
  return claim.kind === 'money' && DOLLARS.has(claim.value.currency);
}
