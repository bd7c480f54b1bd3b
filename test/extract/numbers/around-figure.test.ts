import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageShape } from '../../../src/extract/numbers/age.js';
import { aroundFigures, withFigureAt, type AroundFigure } from '../../../src/extract/numbers/around-figure.js';
import { collectiveQuantityShape } from '../../../src/extract/numbers/collective-quantity.js';
import { durationShape } from '../../../src/extract/numbers/duration.js';
import { elidedQuantityShape } from '../../../src/extract/numbers/elided-quantity.js';
import { figureSpans, type PatternMatch } from '../../../src/extract/numbers/figure.js';
import { allMatches } from '../../../src/extract/numbers/figure-scan.js';
import { partitiveQuantityShape } from '../../../src/extract/numbers/partitive-quantity.js';
import { quantityShape } from '../../../src/extract/numbers/quantity.js';

const SHAPES: [string, AroundFigure][] = [
  ['quantity', quantityShape],
  ['duration', durationShape],
  ['age', ageShape],
  ['collective', collectiveQuantityShape],
  ['partitive', partitiveQuantityShape],
  ['elided', elidedQuantityShape],
];

// A match as plain data: where, what, the groups that took part and where they start.
function plain(match: PatternMatch) {
  const defined = <T,>(record: Record<string, T | undefined> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { index: match.index, text: match[0], groups: defined(match.groups), spans: figureSpans(match) };
}

// Figures, cues, ranges, units and the words the patterns need around them, in any order.
const piece = fc.constantFrom(
  '5', '12', '2019', '1,000', '2.5', '40k', '3bn', '$', '%', 'one', 'two', 'forty', 'five', 'a', 'hundred', 'thousand',
  'million', 'and a half', 'half', 'and', 'to', 'between', 'from', 'about', 'more than', 'up to', 'in excess of',
  'year', 'years', 'days', 'hour', 'decade', 'old', 'aged', 'of', 'the', 'us', 'them', 'men', 'crowd', 'workforce',
  'killed', 'injured', 'people', 'strong', 'Union', '.', ',', ':', '7',
);
const joint = fc.constantFrom(' ', ' ', ' ', '-', '–', '', '  ', '\n');
const text = fc.array(fc.tuple(piece, joint), { maxLength: 16 }).map((parts) => parts.map(([word, space]) => word + space).join(''));
// Few words, mostly figures and range words: where a shorter or inner reading of a figure differs.
const dense = fc
  .array(fc.tuple(fc.constantFrom('5', '20', 'two', 'thousand', 'to', 'and', 'years', 'of', 'the', 'crowd', 'killed', 'strong', 'aged', 'old'), joint), { maxLength: 10 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('aroundFigures', () => {
  it.each(SHAPES)('matches what the whole %s pattern matches, for any text', (_, shape) => {
    fc.assert(
      fc.property(fc.oneof(text, dense), (value) => {
        const fast = aroundFigures(value, shape);
        return fast === null || JSON.stringify(fast.map(plain)) === JSON.stringify(allMatches(shape.general, value).map(withFigureAt).map(plain));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['quantity', quantityShape, 'About 5,000 troops and between 3 and 4 tanks.'],
    ['duration', durationShape, 'It took between 5 and 10 years, then forty-five minutes.'],
    ['age', ageShape, 'A man aged 44 and a 12-year-old girl.'],
    ['collective', collectiveQuantityShape, 'A crowd of about 9,000 came.'],
    ['partitive', partitiveQuantityShape, 'Two of the men and an estimated forty thousand of us.'],
    ['elided', elidedQuantityShape, 'It killed 12 people and injured more than 60.'],
  ])('takes the shortcut in a plain %s sentence', (_, shape, value) => {
    const fast = aroundFigures(value, shape);
    expect(fast?.map(plain)).toEqual(allMatches(shape.general, value).map(withFigureAt).map(plain));
    expect(fast?.length).toBeGreaterThan(0);
  });

  it.each([
    ['a range that reads on from inside a figure', durationShape, 'from 5 to 10 to 20 years'],
    ['a compound a shorter figure escapes', collectiveQuantityShape, 'a crowd of two thousand-strong'],
    ['a word a shorter figure escapes', elidedQuantityShape, 'killed forty-five-fold'],
  ])('leaves %s to the whole pattern', (_, shape, value) => {
    expect(aroundFigures(value, shape)).toBeNull();
  });
});
