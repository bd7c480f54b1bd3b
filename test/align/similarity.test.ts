import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/align/features.js';
import { rarestWords, rarityOf } from '../../src/align/similarity.js';

/** The general way: every word scored, sorted, cut. */
function rarestBySorting(item: Item, rarity: (word: string) => number, count: number): string[] {
  return [...item.words]
    .map(([word, weight]) => ({ word, score: weight * rarity(word) }))
    .sort((x, y) => y.score - x.score || (x.word < y.word ? -1 : 1))
    .slice(0, count)
    .map((x) => x.word);
}

const word = fc.constantFrom('miner', 'shaft', 'flood', 'rescue', '@korotchenko', '@s-400', 'b', 'a', 'ä', 'z');

describe('rarestWords', () => {
  it('picks the words that sorting all of them would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(0.25, 0.5, 0.6, 1)), { maxLength: 12 }),
        fc.array(fc.array(word, { maxLength: 6 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 10 }),
        (weighted, documents, count) => {
          const item = { words: new Map(weighted) } as Item;
          const rarity = rarityOf(documents);
          expect(rarestWords(item, rarity, count)).toEqual(rarestBySorting(item, rarity, count));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rarityOf', () => {
  it('counts a word once per document it is in', () => {
    const rarity = rarityOf([['a', 'a', 'b'], ['a'], []]);
    expect(rarity('a')).toBe(Math.log(1 + 4 / 2.5));
    expect(rarity('b')).toBe(Math.log(1 + 4 / 1.5));
    expect(rarity('c')).toBe(Math.log(1 + 4 / 0.5));
  });
});
