/** How much two claims' subjects overlap, weighting rare words above common ones. */
import type { Item } from './features.js';

/** Inverse document frequency of every word, from how many sentences hold it. */
export type Rarity = (word: string) => number;

/** Build a rarity function from document frequencies over `documents` word sets. */
export function rarityOf(documents: Iterable<Iterable<string>>): Rarity {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const words of documents) {
    count++;
    for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const known = new Map<string, number>();
  return (word) => {
    let rarity = known.get(word);
    if (rarity === undefined) known.set(word, (rarity = Math.log(1 + (count + 1) / ((frequency.get(word) ?? 0) + 0.5))));
    return rarity;
  };
}

/** An item's words as vocabulary ids, with their weights and rarities, and its norm: computed once, not once per pair. */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
  rarities: Float64Array;
  /** The sum of squared weighted rarities, added in the order of the item's words. */
  norm: number;
}

/** Prepare an item for a `Scorer`; `vocabulary` numbers the words of all items. */
export function vectorOf(item: Item, rarity: Rarity, vocabulary: Map<string, number>): Vector {
  const size = item.words.size;
  const vector: Vector = { ids: new Int32Array(size), weights: new Float64Array(size), rarities: new Float64Array(size), norm: 0 };
  let i = 0;
  for (const [word, weight] of item.words) {
    const r = rarity(word);
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
    vector.ids[i] = id;
    vector.weights[i] = weight;
    vector.rarities[i] = r;
    vector.norm += (weight * r) ** 2;
    i++;
  }
  return vector;
}

/** Cosine similarity of many items against one, the `load`ed item. */
export interface Scorer {
  load(b: Vector): void;
  /** The similarity of `a` and the loaded item, in [0, 1]. */
  similarity(a: Vector): number;
}

/**
 * A scorer over a vocabulary of `size` words: the loaded item's weights sit in a dense table, so
 * scoring a pair looks up numbers, not strings. Cosine of the words weighted by nearness times
 * rarity, summed in the order of `a`'s words.
 */
export function scorer(size: number): Scorer {
  const weights = new Float64Array(size);
  const loaded = new Int32Array(size);
  let generation = 0;
  let current: Vector | null = null;
  return {
    load(b) {
      generation++;
      current = b;
      for (let i = 0; i < b.ids.length; i++) {
        const id = b.ids[i] as number;
        weights[id] = b.weights[i] as number;
        loaded[id] = generation;
      }
    },
    similarity(a) {
      const b = current;
      if (!b) return 0;
      let dot = 0;
      for (let i = 0; i < a.ids.length; i++) {
        const id = a.ids[i] as number;
        if (loaded[id] !== generation) continue;
        const r = a.rarities[i] as number;
        dot += (a.weights[i] as number) * (weights[id] as number) * r * r;
      }
      return a.norm > 0 && b.norm > 0 ? dot / Math.sqrt(a.norm * b.norm) : 0;
    },
  };
}

/** The `count` rarest words of an item: its blocking keys. */
export function rarestWords(item: Item, rarity: Rarity, count: number): string[] {
  return [...item.words]
    .map(([word, weight]) => ({ word, score: weight * rarity(word) }))
    .sort((x, y) => y.score - x.score || (x.word < y.word ? -1 : 1))
    .slice(0, count)
    .map((x) => x.word);
}
