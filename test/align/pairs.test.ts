import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPair, bestFirst, emptyPairs, mutualBest } from '../../src/align/pairs.js';

// Random pairs over `items` items spread over a few sources, added in ascending order of `b` as alignment does.
const scenario = fc.integer({ min: 2, max: 40 }).chain((items) =>
  fc.record({
    sourceOf: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: items, maxLength: items }),
    pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: items - 1 }), fc.integer({ min: 0, max: items - 1 }), fc.integer({ min: 0, max: 20 })), { maxLength: 120 }),
  }),
);

function build(raw: ReadonlyArray<[number, number, number]>) {
  const pairs = emptyPairs(4);
  const sorted = raw.filter(([a, b]) => a < b).sort((x, y) => x[1] - y[1]);
  for (const [a, b, score] of sorted) addPair(pairs, a, b, score / 20);
  return pairs;
}

describe('mutualBest', () => {
  // Alignment's items come source by source and pair across sources, earlier to later.
  it('marks the pairs that are best both ways toward the other end’s source, as a naive scan does', () => {
    fc.assert(
      fc.property(scenario, ({ sourceOf, pairs: raw }) => {
        const sources = Int32Array.from([...sourceOf].sort((x, y) => x - y));
        const pairs = build(raw.filter(([a, b]) => (sources[a] as number) !== (sources[b] as number)));
        const mutual = mutualBest(pairs, sources);
        const naive = (item: number, source: number) => {
          let best = -Infinity;
          for (let j = 0; j < pairs.count; j++) {
            const [a, b, s] = [pairs.a[j] as number, pairs.b[j] as number, pairs.score[j] as number];
            if (a === item && sources[b] === source) best = Math.max(best, s);
            if (b === item && sources[a] === source) best = Math.max(best, s);
          }
          return best;
        };
        for (let i = 0; i < pairs.count; i++) {
          const [a, b, score] = [pairs.a[i] as number, pairs.b[i] as number, pairs.score[i] as number];
          const expected = naive(a, sources[b] as number) === score && naive(b, sources[a] as number) === score;
          if (mutual[i] !== (expected ? 1 : 0)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('refuses pairs in another order rather than answer wrongly', () => {
    const pairs = emptyPairs();
    addPair(pairs, 0, 1, 0.5);
    expect(() => mutualBest(pairs, Int32Array.from([1, 0]))).toThrow(/ascending order/);
    expect(() => mutualBest(pairs, Int32Array.from([0, 0]))).toThrow(/ascending order/);
  });
});

describe('bestFirst', () => {
  it('orders pairs by score descending, then a, then b', () => {
    fc.assert(
      fc.property(scenario, ({ pairs: raw }) => {
        const pairs = build(raw);
        const order = [...bestFirst(pairs, 40)];
        const expected = [...Array(pairs.count).keys()].sort((x, y) => (pairs.score[y] as number) - (pairs.score[x] as number) || (pairs.a[x] as number) - (pairs.a[y] as number) || (pairs.b[x] as number) - (pairs.b[y] as number));
        return order.every((index, k) => pairs.score[index] === pairs.score[expected[k] as number] && pairs.a[index] === pairs.a[expected[k] as number] && pairs.b[index] === pairs.b[expected[k] as number]);
      }),
      { numRuns: 300 },
    );
  });

  // Past 2^15 pairs the sort counts by 16-bit digits instead of 8-bit ones: the same order. (`abs`: a
  // score of -0 sorts apart from 0 by its bits; alignment's scores are never -0.)
  it('orders a list of 40,000 pairs as the comparator does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs)), { minLength: 40_000, maxLength: 40_000 }), (raw) => {
        const pairs = emptyPairs();
        raw.forEach(([a, score], b) => addPair(pairs, a, 1000 + b, score));
        const order = bestFirst(pairs, 41_000);
        const expected = [...Array(pairs.count).keys()].sort((x, y) => (pairs.score[y] as number) - (pairs.score[x] as number) || (pairs.a[x] as number) - (pairs.a[y] as number) || (pairs.b[x] as number) - (pairs.b[y] as number));
        return expected.every((index, k) => order[k] === index);
      }),
      { numRuns: 3 },
    );
  });
});
