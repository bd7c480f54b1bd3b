import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberExtractors } from '../../../src/extract/numbers/index.js';
import type { Context } from '../../../src/extract/types.js';
import { findsClaim, prefiltered } from '../../helpers.js';

const withPrefilter = prefiltered(numberExtractors);

// Words that the number patterns are made of, and words that hold their prefixes (`today`, `Rs` in `years`).
const piece = fc.constantFrom(
  'a', 'an', 'one', 'single', 'half', 'past', 'last', 'next', 'for', 'about', 'more than', 'nearly', 'day', 'days', 'today',
  'year', 'decade', 'hour', 'and a half', 'after', 'dozens of', 'a dozen', 'hundreds of', 'tens of thousands of', 'millions of',
  'dollars', 'euros', 'USD', 'EUR', '$', '€', 'Rs', 'years', 'DOLLARS', 'UſD', 'ſEK', 'hong \u212Aong dollars', 'Zł', 'US$', '5', '1,000', '12%', 'percent', 'per cent', 'people', 'the',
);
const joint = fc.constantFrom(' ', ' ', '  ', '-', '', '\n');
const text = fc.array(fc.tuple(piece, joint), { maxLength: 12 }).map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('number prefilters', () => {
  it('are checked for several pattern extractors', () => {
    expect(withPrefilter.length).toBeGreaterThanOrEqual(4);
  });

  // A prefilter may skip a text the pattern matches, but never one that yields a claim.
  it.each(withPrefilter.map((extractor) => [extractor.pattern.source.slice(0, 40), extractor] as const))(
    'pass every text that %s… finds a claim in',
    (_, extractor) => {
      fc.assert(fc.property(text, (value) => !findsClaim(extractor, value, {} as Context) || extractor.prefilter.test(value)), { numRuns: 3000 });
    },
  );
});
