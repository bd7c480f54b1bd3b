/** How much two claims' subjects overlap, weighting rare words above common ones. */
import type { Item } from './features.js';

/** Inverse document frequency of every word, from how many sentences hold it. */
export type Rarity = (word: string) => number;

/** Build a rarity function from document frequencies over `documents` word sets. */
export function rarityOf(documents: Iterable<Iterable<string>>): Rarity {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  // The last document that counted each word: a word counts once per document.
  const counted: number[] = [];
  let count = 0;
  for (const words of documents) {
    count++;
    for (const word of words) {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size)), frequency.push(0), counted.push(0);
      if (counted[id] === count) continue;
      counted[id] = count;
      frequency[id] = (frequency[id] as number) + 1;
    }
  }
  const known = new Map<string, number>();
  return (word) => {
    let rarity = known.get(word);
    if (rarity === undefined) {
      const id = ids.get(word);
      known.set(word, (rarity = Math.log(1 + (count + 1) / ((id === undefined ? 0 : (frequency[id] as number)) + 0.5))));
    }
    return rarity;
  };
}

/**
 * Items' words as vocabulary ids, with their weights and rarities, and each item's norm: computed
 * once, not once per pair, and kept in a few flat arrays (item `i`'s words are `starts[i]` up to
 * `starts[i + 1] - 1`) rather than three small arrays per item.
 */
export interface Vectors {
  starts: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  rarities: Float64Array;
  /** Per item, the sum of squared weighted rarities, added in the order of the item's words. */
  norms: Float64Array;
  /** How many distinct words the items have. */
  vocabulary: number;
}

/** Prepare items for a `Scorer`, numbering their words. */
export function vectorsOf(items: readonly Item[], rarity: Rarity): Vectors {
  const starts = new Int32Array(items.length + 1);
  for (const [i, item] of items.entries()) starts[i + 1] = (starts[i] as number) + item.words.size;
  const size = starts[items.length] as number;
  const vectors: Vectors = { starts, ids: new Int32Array(size), weights: new Float64Array(size), rarities: new Float64Array(size), norms: new Float64Array(items.length), vocabulary: 0 };
  const vocabulary = new Map<string, number>();
  let at = 0;
  for (const [i, item] of items.entries()) {
    let norm = 0;
    for (const [word, weight] of item.words) {
      const r = rarity(word);
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      vectors.ids[at] = id;
      vectors.weights[at] = weight;
      vectors.rarities[at] = r;
      norm += (weight * r) ** 2;
      at++;
    }
    vectors.norms[i] = norm;
  }
  vectors.vocabulary = vocabulary.size;
  return vectors;
}

/** Cosine similarity of many items against one, the `load`ed item (items by their index in `Vectors`). */
export interface Scorer {
  load(b: number): void;
  /** The similarity of item `a` and the loaded item, in [0, 1]. */
  similarity(a: number): number;
}

/**
 * A scorer over `vectors`: the loaded item's weights sit in a dense table, so scoring a pair
 * looks up numbers, not strings. Cosine of the words weighted by nearness times rarity, summed
 * in the order of `a`'s words.
 */
export function scorer({ starts, ids, weights, rarities, norms, vocabulary }: Vectors): Scorer {
  const table = new Float64Array(vocabulary);
  const loaded = new Int32Array(vocabulary);
  let generation = 0;
  let current = -1;
  return {
    load(b) {
      generation++;
      current = b;
      for (let i = starts[b] as number; i < (starts[b + 1] as number); i++) {
        const id = ids[i] as number;
        table[id] = weights[i] as number;
        loaded[id] = generation;
      }
    },
    similarity(a) {
      if (current < 0) return 0;
      let dot = 0;
      for (let i = starts[a] as number; i < (starts[a + 1] as number); i++) {
        const id = ids[i] as number;
        if (loaded[id] !== generation) continue;
        const r = rarities[i] as number;
        dot += (weights[i] as number) * (table[id] as number) * r * r;
      }
      const normA = norms[a] as number;
      const normB = norms[current] as number;
      return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
    },
  };
}

/**
 * The `count` rarest words of an item (by weight times rarity, then alphabetically): its blocking
 * keys. Picked in one pass, as sorting every word was the costlier part of alignment's keys.
 */
export function rarestWords(item: Item, rarity: Rarity, count: number): string[] {
  const words: string[] = [];
  const scores: number[] = [];
  for (const [word, weight] of item.words) {
    const score = weight * rarity(word);
    let at = words.length;
    while (at > 0 && (score > (scores[at - 1] as number) || (score === scores[at - 1] && word < (words[at - 1] as string)))) at--;
    if (at >= count) continue;
    words.splice(at, 0, word);
    scores.splice(at, 0, score);
    if (words.length > count) words.pop(), scores.pop();
  }
  return words;
}
