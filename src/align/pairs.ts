/**
 * Candidate pairs in typed arrays, and their best-first order. Hand-written: at 3,000 articles
 * alignment keeps millions of pairs, and sorting them as objects with a three-key comparator
 * cost more than scoring them; stable radix passes give the same order without a comparator.
 */

/** Scored pairs of item orders; `count` of them are in use. */
export interface Pairs {
  count: number;
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
}

/** An empty list of pairs. */
export function emptyPairs(capacity = 1024): Pairs {
  return { count: 0, a: new Int32Array(capacity), b: new Int32Array(capacity), score: new Float64Array(capacity) };
}

/** Append a pair, growing the arrays as needed. */
export function addPair(pairs: Pairs, a: number, b: number, score: number): void {
  if (pairs.count === pairs.a.length) {
    const size = pairs.count * 2;
    pairs.a = grown(pairs.a, new Int32Array(size));
    pairs.b = grown(pairs.b, new Int32Array(size));
    pairs.score = grown(pairs.score, new Float64Array(size));
  }
  pairs.a[pairs.count] = a;
  pairs.b[pairs.count] = b;
  pairs.score[pairs.count] = score;
  pairs.count++;
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const DIGIT = 0xffff;

/**
 * The indices of `pairs` best first: score descending, then `a`, then `b` ascending (as the
 * comparator `y.score - x.score || x.a - y.a || x.b - y.b` would order them). The pairs must
 * have been added in ascending order of `b`; `items` bounds `a`. Scores must not be NaN.
 */
export function bestFirst(pairs: Pairs, items: number): Uint32Array {
  const n = pairs.count;
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order = byKey(order, new Uint32Array(pairs.a.buffer, 0, n), 0, 0x7fffffff, items);
  // A double's bits, mapped so that unsigned order is numeric order, then inverted for descending.
  const words = new Uint32Array(pairs.score.buffer, 0, n * 2);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + (LITTLE_ENDIAN ? 1 : 0)] as number;
    let l = words[2 * i + (LITTLE_ENDIAN ? 0 : 1)] as number;
    if (h & 0x80000000) [h, l] = [~h, ~l];
    else h ^= 0x80000000;
    high[i] = ~h >>> 0;
    low[i] = ~l >>> 0;
  }
  order = byKey(order, low, 0, DIGIT, DIGIT + 1);
  order = byKey(order, low, 16, DIGIT, DIGIT + 1);
  order = byKey(order, high, 0, DIGIT, DIGIT + 1);
  return byKey(order, high, 16, DIGIT, DIGIT + 1);
}

/** A stable counting sort of `order` by `(keys[i] >>> shift) & mask`, a key below `size`. */
function byKey(order: Uint32Array, keys: Uint32Array, shift: number, mask: number, size: number): Uint32Array {
  const starts = new Uint32Array(size + 1);
  for (let j = 0; j < order.length; j++) {
    const key = (((keys[order[j] as number] as number) >>> shift) & mask) + 1;
    starts[key] = (starts[key] as number) + 1;
  }
  for (let k = 1; k <= size; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const sorted = new Uint32Array(order.length);
  for (let j = 0; j < order.length; j++) {
    const i = order[j] as number;
    const key = ((keys[i] as number) >>> shift) & mask;
    const at = starts[key] as number;
    sorted[at] = i;
    starts[key] = at + 1;
  }
  return sorted;
}

/** For each pair, the best score of its `a` toward any item of `b`'s source, and of `b` toward `a`'s. */
export interface BestToward {
  fromA: Float64Array;
  fromB: Float64Array;
}

/**
 * Best scores per item and source, in linear time: the pairs of each item are visited together
 * (an adjacency list in typed arrays), so one slot per source suffices, reset after each item.
 */
export function bestToward(pairs: Pairs, sourceOf: Int32Array): BestToward {
  const n = pairs.count;
  const items = sourceOf.length;
  const starts = new Uint32Array(items + 1);
  const count = (item: number) => (starts[item + 1] = (starts[item + 1] as number) + 1);
  for (let i = 0; i < n; i++) count(pairs.a[i] as number), count(pairs.b[i] as number);
  for (let k = 1; k <= items; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const fill = starts.slice(0, items);
  const incident = new Uint32Array(2 * n);
  const place = (item: number, pair: number) => (incident[(fill[item] = (fill[item] as number) + 1) - 1] = pair);
  for (let i = 0; i < n; i++) place(pairs.a[i] as number, i), place(pairs.b[i] as number, i);
  const best = new Float64Array(sourceOf.reduce((most, id) => Math.max(most, id), -1) + 1).fill(-Infinity);
  const fromA = new Float64Array(n);
  const fromB = new Float64Array(n);
  for (let item = 0; item < items; item++) {
    const [from, to] = [starts[item] as number, starts[item + 1] as number];
    for (let j = from; j < to; j++) {
      const pair = incident[j] as number;
      const other = sourceOf[pairs.a[pair] === item ? (pairs.b[pair] as number) : (pairs.a[pair] as number)] as number;
      best[other] = Math.max(best[other] as number, pairs.score[pair] as number);
    }
    for (let j = from; j < to; j++) {
      const pair = incident[j] as number;
      const isA = pairs.a[pair] === item;
      const other = sourceOf[isA ? (pairs.b[pair] as number) : (pairs.a[pair] as number)] as number;
      (isA ? fromA : fromB)[pair] = best[other] as number;
    }
    for (let j = from; j < to; j++) {
      const pair = incident[j] as number;
      best[sourceOf[pairs.a[pair] === item ? (pairs.b[pair] as number) : (pairs.a[pair] as number)] as number] = -Infinity;
    }
  }
  return { fromA, fromB };
}
