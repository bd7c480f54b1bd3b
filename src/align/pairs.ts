/** Scored candidate pairs: which are each other's best match, and the order they are merged in. */

/** Two items (by index) and their score; `a` comes first in item order. */
export interface Pair {
  a: number;
  b: number;
  score: number;
}

/**
 * For each pair, whether it is the best pair of its `a` toward `b`'s source and the best of its
 * `b` toward `a`'s source (ties count as best). Linear in the number of pairs.
 */
export function mutualBest(pairs: readonly Pair[], sourceOf: (item: number) => number): boolean[] {
  // Each item's best score toward each source it has pairs with.
  const best = new Map<number, Map<number, number>>();
  const offer = (item: number, other: number, score: number) => {
    let toward = best.get(item);
    if (!toward) best.set(item, (toward = new Map()));
    const source = sourceOf(other);
    toward.set(source, Math.max(toward.get(source) ?? -Infinity, score));
  };
  for (const { a, b, score } of pairs) {
    offer(a, b, score);
    offer(b, a, score);
  }
  const isBest = (item: number, other: number, score: number) => best.get(item)?.get(sourceOf(other)) === score;
  return pairs.map(({ a, b, score }) => isBest(a, b, score) && isBest(b, a, score));
}

/** Pairs best first: score descending, then `a`, then `b`. */
export function bestFirst(pairs: readonly Pair[]): Pair[] {
  return [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
