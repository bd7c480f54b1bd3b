/** Refiner: page metadata (a date stamp such as `Published: May 16, 2014 | 7 years ago`) states no claim. */
import type { Refiner } from './types.js';

/** Drop the claims that overlap a metadata span of their source. */
export const dropMetadata: Refiner = (claims, context) => {
  const spans = context.source.metadata;
  if (!spans.length) return claims;
  return claims.filter((claim) => !spans.some((span) => claim.start < span.end && span.start < claim.end));
};
