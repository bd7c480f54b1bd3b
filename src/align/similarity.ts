/** How much two claims' subjects overlap, weighting rare words above common ones. */

/** Inverse document frequency of a word, from how many sentences hold it. */
export type Rarity = (word: string) => number;

/** A rarity function from the word sets of `documents` (a word counts once per document). */
export function rarityOf(documents: ReadonlyArray<readonly string[]>): Rarity {
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const count = documents.length;
  const known = new Map<string, number>();
  return (word) => {
    let rarity = known.get(word);
    if (rarity === undefined) known.set(word, (rarity = Math.log(1 + (count + 1) / ((frequency.get(word) ?? 0) + 0.5))));
    return rarity;
  };
}

/** The squared length of a word vector, each word weighted by nearness times rarity. */
export function norm(words: ReadonlyMap<string, number>, rarity: Rarity): number {
  let sum = 0;
  for (const [word, weight] of words) sum += (weight * rarity(word)) ** 2;
  return sum;
}

/** The cosine similarity of two word vectors, in [0, 1], given their norms. */
export function cosine(a: ReadonlyMap<string, number>, normA: number, b: ReadonlyMap<string, number>, normB: number, rarity: Rarity): number {
  let dot = 0;
  // `forEach`, not `for…of`: a pair of claims is scored by the million in a large story, and each
  // step of a Map's iterator is an array to collect.
  a.forEach((weight, word) => {
    const other = b.get(word);
    if (other === undefined) return;
    const r = rarity(word);
    dot += weight * other * r * r;
  });
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/** The `count` rarest words of a vector (by weight times rarity, then alphabetically): its blocking keys. */
export function rarestWords(words: ReadonlyMap<string, number>, rarity: Rarity, count: number): string[] {
  return [...words]
    .map(([word, weight]) => ({ word, score: weight * rarity(word) }))
    .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
    .slice(0, count)
    .map(({ word }) => word);
}
