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
  return (word) => Math.log(1 + (count + 1) / ((frequency.get(word) ?? 0) + 0.5));
}

/**
 * Weighted overlap coefficient of two items' words, in [0, 1]: the shared weight over the
 * smaller side's total, so a short subject contained in a longer one scores high.
 */
export function similarity(a: Item, b: Item, rarity: Rarity): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const [word, weight] of a.words) {
    const r = rarity(word);
    totalA += weight * r;
    const other = b.words.get(word);
    if (other !== undefined) shared += Math.min(weight, other) * r;
  }
  for (const [word, weight] of b.words) totalB += weight * rarity(word);
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? shared / smaller : 0;
}

/** The `count` rarest words of an item: its blocking keys. */
export function rarestWords(item: Item, rarity: Rarity, count: number): string[] {
  return [...item.words]
    .map(([word, weight]) => ({ word, score: weight * rarity(word) }))
    .sort((x, y) => y.score - x.score || (x.word < y.word ? -1 : 1))
    .slice(0, count)
    .map((x) => x.word);
}
