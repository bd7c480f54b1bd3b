import { describe, expect, it } from 'vitest';
import { Postings } from '../../src/align/blocking.js';

describe('Postings', () => {
  it('holds, per key, the latest `depth` items, oldest first', () => {
    const postings = new Postings(3);
    for (const item of [1, 2, 3, 4, 5]) postings.add('money|USD|', item);
    postings.add('date||2024-03', 9);
    expect(postings.get('money|USD|')).toEqual([3, 4, 5]);
    expect(postings.get('date||2024-03')).toEqual([9]);
    expect(postings.get('quote||harbour')).toEqual([]);
  });
});
