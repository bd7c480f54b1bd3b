import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateExtractors } from '../../../src/extract/dates/index.js';
import type { Context } from '../../../src/extract/types.js';
import { findsClaim, prefiltered } from '../../helpers.js';

const withPrefilter = prefiltered(dateExtractors);
const context = { reference: { date: '2021-07-01', year: 2021, inferred: false } } as Context;

// Words that the date patterns are made of, in several cases, and digits that hold or almost hold a year.
const piece = fc.constantFrom(
  'March', 'MARCH', 'march', 'Mar.', 'Sept', 'May', 'may', '3', '10', '16th', '31', 'until', 'to', 'and', 'between', 'of', 'the', 'in', 'In', 'from', 'since',
  'last', 'Last', 'next', 'this', 'coming', 'early', 'Early', 'mid', 'late', 'end of', 'later', 'earlier', 'first half of', 'week', 'month', 'year', 'years',
  'spring', 'Summer', 'winter', 'fall', '1990s', '2000’s', '1990', '2021', '2019', '1899', '2100', '1750', '20', '%', 'troops', 'will',
);
const joint = fc.constantFrom(' ', ' ', '  ', '-', '', ', ', '\n');
const text = fc.array(fc.tuple(piece, joint), { maxLength: 12 }).map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('date prefilters', () => {
  it('are checked for every pattern extractor', () => {
    expect(withPrefilter.length).toBe(dateExtractors.filter((extractor) => 'pattern' in extractor).length);
  });

  // A prefilter may skip a text the pattern matches, but never one that yields a claim.
  it.each(withPrefilter.map((extractor) => [extractor.pattern.source.slice(0, 40), extractor] as const))(
    'pass every text that %s… finds a claim in',
    (_, extractor) => {
      fc.assert(fc.property(text, (value) => !findsClaim(extractor, value, context) || extractor.prefilter.test(value)), { numRuns: 3000 });
    },
  );
});
