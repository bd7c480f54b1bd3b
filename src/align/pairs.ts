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

/**
 * Append a pair, growing the arrays by half as needed: doubling left a 3,000-article alignment
 * with room for 2.1 million pairs (34 MB) to hold 1.1 million.
 */
export function addPair(pairs: Pairs, a: number, b: number, score: number): void {
  if (pairs.count === pairs.a.length) {
    const size = Math.max(16, Math.ceil(pairs.count * 1.5));
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
/**
 * Below this many pairs, keys are sorted by digits of 8 bits (eight passes counting into 256 slots)
 * rather than 16 (four passes into 65,536 slots, each cleared and summed whatever the count):
 * the break-even is at 2^15 pairs; `crosscheck seeds`, with a few hundred, spent 3–4 ms here.
 */
const SMALL = 1 << 15;

/**
 * The indices of `pairs` best first: score descending, then `a`, then `b` ascending (as the
 * comparator `y.score - x.score || x.a - y.a || x.b - y.b` would order them). The pairs must
 * have been added in ascending order of `b`; `items` bounds `a`. Scores must not be NaN.
 */
export function bestFirst(pairs: Pairs, items: number): Uint32Array {
  const n = pairs.count;
  // A double's bits, mapped so that unsigned order is numeric order, then inverted for descending.
  const words = new Uint32Array(pairs.score.buffer, 0, n * 2);
  const [hi, lo] = LITTLE_ENDIAN ? [1, 0] : [0, 1];
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hi] as number;
    const l = words[2 * i + lo] as number;
    const negative = h & 0x80000000;
    high[i] = negative ? h : ~(h ^ 0x80000000) >>> 0;
    low[i] = negative ? l : ~l >>> 0;
  }
  // Stable passes from the least significant key, between two buffers.
  let order = new Uint32Array(n);
  let spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const pass = (keys: Uint32Array, shift: number, mask: number, size: number) => {
    byKey(order, keys, shift, mask, size, spare);
    [order, spare] = [spare, order];
  };
  pass(new Uint32Array(pairs.a.buffer, 0, n), 0, 0x7fffffff, items);
  const bits = n < SMALL ? 8 : 16;
  const digit = (1 << bits) - 1;
  for (const keys of [low, high]) for (let shift = 0; shift < 32; shift += bits) pass(keys, shift, digit, digit + 1);
  return order;
}

/** A stable counting sort of `order` into `sorted` by `(keys[i] >>> shift) & mask`, a key below `size`. */
function byKey(order: Uint32Array, keys: Uint32Array, shift: number, mask: number, size: number, sorted: Uint32Array): void {
  const starts = new Uint32Array(size + 1);
  for (let j = 0; j < order.length; j++) {
    const key = (((keys[order[j] as number] as number) >>> shift) & mask) + 1;
    starts[key] = (starts[key] as number) + 1;
  }
  for (let k = 1; k <= size; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  for (let j = 0; j < order.length; j++) {
    const i = order[j] as number;
    const key = ((keys[i] as number) >>> shift) & mask;
    const at = starts[key] as number;
    sorted[at] = i;
    starts[key] = at + 1;
  }
}

/**
 * For each pair, 1 when it is the best pair of its `a` toward `b`'s source and the best of its `b`
 * toward `a`'s source (ties count as best), else 0. Pairs must come as alignment makes them: the
 * items of each source consecutive, sources in ascending order, every pair joining an earlier
 * source's item `a` to a later one's `b`, in ascending order of `b`. Two passes down the list: an
 * item's pairs toward an earlier source are those where it is `b`, consecutive; toward a later
 * source, those where it is `a`, among the consecutive pairs whose `b` is of that source.
 */
export function mutualBest(pairs: Pairs, sourceOf: Int32Array): Uint8Array {
  if (!inSourceOrder(pairs, sourceOf)) throw new Error('mutualBest: pairs must join items of sources in ascending order, earlier to later');
  const mutual = new Uint8Array(pairs.count);
  const bestOfSource = new Float64Array((sourceOf[sourceOf.length - 1] ?? -1) + 1).fill(-Infinity);
  best(pairs, (i) => pairs.b[i] as number, (i) => sourceOf[pairs.a[i] as number] as number, bestOfSource, (i, top) => (mutual[i] = top ? 1 : 0));
  const bestOfItem = new Float64Array(sourceOf.length).fill(-Infinity);
  best(pairs, (i) => sourceOf[pairs.b[i] as number] as number, (i) => pairs.a[i] as number, bestOfItem, (i, top) => (mutual[i] = mutual[i] && top ? 1 : 0));
  return mutual;
}

/** Whether the items of each source are consecutive and every pair joins an earlier source's item `a` to a later one's `b`. */
function inSourceOrder(pairs: Pairs, sourceOf: Int32Array): boolean {
  for (let i = 1; i < sourceOf.length; i++) if ((sourceOf[i] as number) < (sourceOf[i - 1] as number)) return false;
  for (let i = 0; i < pairs.count; i++) if ((sourceOf[pairs.a[i] as number] as number) >= (sourceOf[pairs.b[i] as number] as number)) return false;
  return true;
}

/**
 * Over each run of consecutive pairs with one `runOf`, the best score per `slotOf` (in `slots`,
 * all `-Infinity`, and left so); `mark` is told for each pair whether it has its slot's best.
 */
function best(pairs: Pairs, runOf: (i: number) => number, slotOf: (i: number) => number, slots: Float64Array, mark: (i: number, top: boolean) => void): void {
  const n = pairs.count;
  for (let start = 0, end = 0; start < n; start = end) {
    const run = runOf(start);
    for (end = start; end < n && runOf(end) === run; end++) {
      const slot = slotOf(end);
      slots[slot] = Math.max(slots[slot] as number, pairs.score[end] as number);
    }
    for (let i = start; i < end; i++) mark(i, slots[slotOf(i)] === pairs.score[i]);
    for (let i = start; i < end; i++) slots[slotOf(i)] = -Infinity;
  }
}
