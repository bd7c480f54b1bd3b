import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internKeys, Postings } from '../../src/align/blocking.js';

describe('Postings', () => {
  it('holds, per key, the latest `depth` items oldest first, as arrays trimmed by `shift` do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1000 })), { maxLength: 60 }), (depth, adds) => {
        const postings = new Postings(4, depth);
        const lists: number[][] = [[], [], [], []];
        for (const [key, item] of adds) {
          const list = lists[key] as number[];
          list.push(item);
          if (list.length > depth) list.shift();
          postings.add(key, item);
          for (const [k, expected] of lists.entries()) expect(Array.from({ length: postings.size(k) }, (_, i) => postings.at(k, i))).toEqual(expected);
        }
      }),
    );
  });
});

describe('internKeys', () => {
  it('numbers equal keys alike and different keys apart, item by item', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'money|USD|', 'money|USD|a', '', 'é'), { maxLength: 5 }), { maxLength: 10 }), (keysOf) => {
        const { starts, ids, count } = internKeys(keysOf);
        const flat = keysOf.flat();
        expect(count).toBe(new Set(flat).size);
        keysOf.forEach((keys, i) => expect(ids.slice(starts[i], starts[i + 1]).length).toBe(keys.length));
        flat.forEach((key, i) => flat.forEach((other, j) => expect(ids[i] === ids[j]).toBe(key === other)));
      }),
    );
  });
});
