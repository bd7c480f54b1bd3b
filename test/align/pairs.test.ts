import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst, mutualBest, type Pair } from '../../src/align/pairs.js';

// Random pairs over `items` items spread over a few sources, each pair joining two sources.
const scenario = fc.integer({ min: 2, max: 30 }).chain((items) =>
  fc.record({
    sources: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: items, maxLength: items }),
    raw: fc.array(fc.tuple(fc.integer({ min: 0, max: items - 1 }), fc.integer({ min: 0, max: items - 1 }), fc.integer({ min: 0, max: 10 })), { maxLength: 80 }),
  }),
);

describe('mutualBest', () => {
  it('marks the pairs that are best both ways toward the other end’s source (ties count as best)', () => {
    fc.assert(
      fc.property(scenario, ({ sources, raw }) => {
        const pairs: Pair[] = raw.filter(([a, b]) => a < b && sources[a] !== sources[b]).map(([a, b, s]) => ({ a, b, score: s / 10 }));
        const mutual = mutualBest(pairs, (item) => sources[item] as number);
        const best = (item: number, source: number) =>
          Math.max(...pairs.filter((p) => (p.a === item && sources[p.b] === source) || (p.b === item && sources[p.a] === source)).map((p) => p.score));
        pairs.forEach((p, i) => expect(mutual[i]).toBe(best(p.a, sources[p.b] as number) === p.score && best(p.b, sources[p.a] as number) === p.score));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a pair that is second best for one of its ends out', () => {
    const sources = [0, 1, 1];
    const pairs: Pair[] = [{ a: 0, b: 1, score: 0.4 }, { a: 0, b: 2, score: 0.6 }];
    expect(mutualBest(pairs, (item) => sources[item] as number)).toEqual([false, true]);
  });
});

describe('bestFirst', () => {
  it('orders pairs by score descending, then a, then b', () => {
    const pairs: Pair[] = [{ a: 2, b: 5, score: 0.4 }, { a: 1, b: 6, score: 0.4 }, { a: 1, b: 3, score: 0.4 }, { a: 0, b: 4, score: 0.9 }];
    expect(bestFirst(pairs).map(({ a, b }) => [a, b])).toEqual([[0, 4], [1, 3], [1, 6], [2, 5]]);
  });
});
