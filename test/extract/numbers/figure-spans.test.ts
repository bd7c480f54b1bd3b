import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageShape } from '../../../src/extract/numbers/age.js';
import { withFigureAt } from '../../../src/extract/numbers/around-figure.js';
import { collectiveQuantityShape } from '../../../src/extract/numbers/collective-quantity.js';
import { durationShape } from '../../../src/extract/numbers/duration.js';
import { elidedQuantityShape } from '../../../src/extract/numbers/elided-quantity.js';
import { FIGURE, figureSpans, type FigureSpans } from '../../../src/extract/numbers/figure.js';
import { allMatches } from '../../../src/extract/numbers/figure-scan.js';
import { moneyExtractor } from '../../../src/extract/numbers/money.js';
import { partitiveQuantityShape } from '../../../src/extract/numbers/partitive-quantity.js';
import { percentExtractor } from '../../../src/extract/numbers/percent.js';

// Each pattern that figure spans are walked for, with the `d` flag: the reference the walk must equal.
const PATTERNS: [string, RegExp, boolean][] = [
  ['figure', new RegExp(FIGURE, 'giud'), false],
  ['money', new RegExp(moneyExtractor.pattern.source, 'giud'), false],
  ['percent', new RegExp(percentExtractor.pattern.source, 'giud'), false],
  ['duration', durationShape.general, true],
  ['age', ageShape.general, true],
  ['collective', collectiveQuantityShape.general, true],
  ['partitive', partitiveQuantityShape.general, true],
  ['elided', elidedQuantityShape.general, true],
];

// The spans as the `d` flag's indices give them.
function fromIndices(match: RegExpExecArray): FigureSpans {
  const at = match.indices?.groups ?? {};
  const spans: FigureSpans = { first: at.first?.[0] ?? -1, firstEnd: at.firstUnit?.[1] ?? at.first?.[1] ?? -1 };
  for (const name of ['cue', 'between', 'firstSymbol', 'secondSymbol', 'second'] as const) {
    const start = at[name]?.[0];
    if (start !== undefined) spans[name] = start;
  }
  return spans;
}

const piece = fc.constantFrom(
  '5', '12', '1,000', '2.5', '40k', '3bn', '$', 'US$', '€', '£', 'Rs', '%', 'percent', 'per cent', 'pct', 'one', 'forty', 'five', 'a',
  'hundred', 'thousand', 'million', 'billion', 'and a half', 'and', 'to', '-', '–', 'between', 'from', 'about', 'more than',
  'up to', 'in excess of', 'dollars', 'euros', 'years', 'hour', 'old', 'aged', 'of', 'the', 'us', 'crowd', 'killed', '(', '.',
);
const space = fc.constantFrom(' ', ' ', '', '  ', '\n', '\u00a0', '\t', ' \u2009');
const text = fc.array(fc.tuple(piece, space), { maxLength: 14 }).map((parts) => parts.map(([word, gap]) => word + gap).join(''));

describe('figureSpans', () => {
  it.each(PATTERNS)('equals the indices of the %s pattern for any text', (_, pattern, general) => {
    fc.assert(
      fc.property(text, (value) => {
        for (const match of allMatches(pattern, value)) {
          const walked = figureSpans(general ? withFigureAt(match) : match);
          expect(walked).toEqual(fromIndices(match));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('walks over a cue, a symbol and a range with spaces between', () => {
    const [match] = allMatches(new RegExp(moneyExtractor.pattern.source, 'giud'), 'paid about  between US$ 1.6 billion to € 2 billion');
    expect(match && figureSpans(match)).toEqual(match && fromIndices(match));
    expect(match && figureSpans(match).second).toBe(41);
  });
});
