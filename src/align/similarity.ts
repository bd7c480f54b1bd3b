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

/** Cosine similarity of two items' words, each weighted by nearness times rarity, in [0, 1]. */
export function similarity(a: Item, b: Item, rarity: Rarity): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, weight] of a.words) {
    const r = rarity(word);
    normA += (weight * r) ** 2;
    const other = b.words.get(word);
    if (other !== undefined) dot += weight * other * r * r;
  }
  for (const [word, weight] of b.words) normB += (weight * rarity(word)) ** 2;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** The `count` rarest words of an item: its blocking keys. */
export function rarestWords(item: Item, rarity: Rarity, count: number): string[] {
  return [...item.words]
    .map(([word, weight]) => ({ word, score: weight * rarity(word) }))
    .sort((x, y) => y.score - x.score || (x.word < y.word ? -1 : 1))
    .slice(0, count)
    .map((x) => x.word);
}
