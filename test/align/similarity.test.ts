import { describe, expect, it } from 'vitest';
import { cosine, norm, rarestWords, rarityOf } from '../../src/align/similarity.js';

describe('rarityOf', () => {
  it('counts a word once per document it is in', () => {
    const rarity = rarityOf([['a', 'a', 'b'], ['a'], []]);
    expect(rarity('a')).toBe(Math.log(1 + 4 / 2.5));
    expect(rarity('b')).toBe(Math.log(1 + 4 / 1.5));
    expect(rarity('c')).toBe(Math.log(1 + 4 / 0.5));
  });
});

describe('rarestWords', () => {
  it('picks the words of highest weight times rarity, ties alphabetically', () => {
    const rarity = rarityOf([['flood', 'said'], ['said'], ['said', 'rescue']]);
    const words = new Map([['said', 1], ['rescue', 0.6], ['flood', 0.6], ['miner', 0.25]]);
    expect(rarestWords(words, rarity, 3)).toEqual(['flood', 'rescue', 'said']);
    expect(rarestWords(words, rarity, 0)).toEqual([]);
  });
});

describe('cosine', () => {
  it('is 1 for the same words, 0 for none in common, and weighs rare words above common ones', () => {
    const rarity = rarityOf([['flood', 'said'], ['said'], ['said', 'levee']]);
    const a = new Map([['flood', 1], ['said', 1]]);
    const b = new Map([['levee', 1], ['said', 1]]);
    const c = new Map([['flood', 1], ['levee', 1]]);
    expect(cosine(a, norm(a, rarity), a, norm(a, rarity), rarity)).toBeCloseTo(1);
    expect(cosine(a, norm(a, rarity), new Map([['miner', 1]]), norm(new Map([['miner', 1]]), rarity), rarity)).toBe(0);
    expect(cosine(a, norm(a, rarity), c, norm(c, rarity), rarity)).toBeGreaterThan(cosine(a, norm(a, rarity), b, norm(b, rarity), rarity));
  });
});
