/**
 * Blocking: candidate pairs come from an index of keys (kind, unit, rare subject words, months),
 * never from comparing every claim with every other one. A key keeps its latest items only, so
 * that a common key cannot make alignment quadratic.
 */

/** For each key, the latest `depth` items added under it, oldest first. */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly depth: number) {}

  /** The items under `key`, oldest first. */
  get(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }

  /** Add `item` under `key`, dropping the oldest item of a full list. */
  add(key: string, item: number): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [item]);
    else {
      list.push(item);
      if (list.length > this.depth) list.shift();
    }
  }
}
