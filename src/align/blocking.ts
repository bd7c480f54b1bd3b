/**
 * Blocking keys as small integers, and their posting lists in one typed array: alignment looks a
 * claim's keys up once, then walks lists of numbers. A list keeps its latest items only, as a
 * ring, so a common key cannot make alignment quadratic.
 */

/** Each item's keys as integers: item `i`'s are `ids[starts[i]]` up to `ids[starts[i + 1] - 1]`. */
export interface Keys {
  starts: Int32Array;
  ids: Int32Array;
  /** How many distinct keys there are (ids run from 0 to `count - 1`). */
  count: number;
}

/** Number the keys of every item, in order of first appearance. */
export function internKeys(keysOf: ReadonlyArray<readonly string[]>): Keys {
  const numbers = new Map<string, number>();
  const starts = new Int32Array(keysOf.length + 1);
  for (const [i, keys] of keysOf.entries()) starts[i + 1] = (starts[i] as number) + keys.length;
  const ids = new Int32Array(starts[keysOf.length] as number);
  let at = 0;
  for (const keys of keysOf) {
    for (const key of keys) {
      let id = numbers.get(key);
      if (id === undefined) numbers.set(key, (id = numbers.size));
      ids[at++] = id;
    }
  }
  return { starts, ids, count: numbers.size };
}

/** For each key, the latest `depth` items added under it, oldest first. */
export class Postings {
  private readonly items: Int32Array;
  private readonly first: Int32Array;
  private readonly sizes: Int32Array;

  constructor(
    keys: number,
    private readonly depth: number,
  ) {
    this.items = new Int32Array(keys * depth);
    this.first = new Int32Array(keys);
    this.sizes = new Int32Array(keys);
  }

  /** How many items `key` holds. */
  size(key: number): number {
    return this.sizes[key] as number;
  }

  /** The `i`th item under `key`, the oldest being 0. */
  at(key: number, i: number): number {
    return this.items[key * this.depth + (((this.first[key] as number) + i) % this.depth)] as number;
  }

  /** Add `item` under `key`, dropping the oldest item of a full list. */
  add(key: number, item: number): void {
    const size = this.sizes[key] as number;
    const first = this.first[key] as number;
    if (size < this.depth) {
      this.items[key * this.depth + ((first + size) % this.depth)] = item;
      this.sizes[key] = size + 1;
    } else {
      this.items[key * this.depth + first] = item;
      this.first[key] = (first + 1) % this.depth;
    }
  }
}
