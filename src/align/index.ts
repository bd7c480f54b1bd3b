/**
 * Stage 4, align: group the claims of different sources that state the same fact. Candidate
 * pairs come from an index of blocking keys (kind, unit, rare subject words, value buckets),
 * never from comparing every claim with every other one. Pairs are scored, then merged best
 * first, and a group never takes two claims of one source.
 */
import { GENERIC_PEOPLE } from '../lexicon/nouns.js';
import type { AnyClaim, DateValue, Extraction, Group, GroupedClaim, Kind, Mention, Sentence } from '../model.js';
import { internKeys, Postings } from './blocking.js';
import { closenessTable } from './closeness-table.js';
import { type Item, toItem } from './features.js';
import { fingerprintAll } from './fingerprint.js';
import { addPair, bestFirst, emptyPairs, mutualBest, type Pairs } from './pairs.js';
import { rarestWords, rarityOf, scorer, vectorsOf, type Rarity } from './similarity.js';
import { subjectOf } from './subject.js';
import { forgetSentenceWords, sentenceWords } from './words.js';

/** How claims of a kind are matched. */
interface Rule {
  /** The least score (similarity + prior + closeness) for two claims to state one fact. */
  threshold: number;
  /** How many of a claim's rarest words become blocking keys. */
  keys: number;
  /** What sharing the unit alone is worth (items `a` and `b`): a counted noun says more than a currency. */
  prior: (nouns: Nouns, a: number, b: number) => number;
  /** Whether the unit alone is a blocking key (a story has few claims per counted noun). */
  unitKey: boolean;
  /**
   * Whether the very unit (`EUR`, `miner`) may stand in for shared words in a mutual best match:
   * a tabloid's `A staggering $1.6bn, and rising.` shares no word with the wire's damage estimate.
   */
  unitVouches: boolean;
}

/** Counted nouns too common to say what a figure counts. */
const GENERIC_UNITS = new Set([...GENERIC_PEOPLE, 'year of age', 'time']);

/** Each item's own unit (`Item.noun`) as a number, and whether that noun is generic. */
interface Nouns {
  id: Int32Array;
  generic: Uint8Array;
}

/**
 * The same specific counted noun says much (`42 miners`), a generic one little. Two nouns of
 * people (`protesters` and `people`, `citizens`) may count one crowd, but the words around them
 * must say so: an equal figure alone must not join `300 workers` and `300 passengers`.
 */
function countedPrior({ id, generic }: Nouns, a: number, b: number): number {
  if (id[a] === id[b]) return generic[a] ? 0.05 : 0.2;
  return generic[a] || generic[b] ? -0.05 : -0.1;
}

const RULES: Record<Kind, Rule> = {
  money: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true, unitVouches: true },
  quantity: { threshold: 0.3, keys: 6, prior: countedPrior, unitKey: true, unitVouches: true },
  percent: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: true, unitVouches: true },
  duration: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true, unitVouches: true },
  // A story's dates crowd into a few weeks: near days need words in common.
  date: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: false, unitVouches: false },
  quote: { threshold: 0.5, keys: 8, prior: () => 0, unitKey: false, unitVouches: false },
  role: { threshold: 0.5, keys: 0, prior: () => 1, unitKey: true, unitVouches: false },
};

/** How far below its threshold a mutual best match may score and still be kept. */
const MUTUAL_SLACK = 0.1;
/** The least subject similarity for such a match, unless the unit vouches: values alone never make one fact. */
const MUTUAL_SHARED = 0.05;

/** A posting list keeps its latest entries only, so a common key cannot make alignment quadratic. */
const MAX_POSTINGS = 32;

/** Counters of one alignment, for tests and benchmarks. */
export interface AlignStats {
  /** Candidate pairs scored (an all-pairs loop would score n(n−1)/2). */
  scored: number;
}

/** Group the claims of all extractions; groups come out in a stable order. */
export function align(extractions: readonly Extraction[], stats: AlignStats = { scored: 0 }): Group[] {
  try {
    const bySentence = extractions.map((e) => mentionsBySentence(e.sentences, e.mentions));
    const rarity = rarityOf(extractions.flatMap((e, i) => e.sentences.map((s) => subjectKeys(s, bySentence[i]?.get(s.index) ?? []))));
    const items = extractions.flatMap((e, i) => e.claims.map((claim) => toItem(claim, bySentence[i]?.get(claim.sentence.index) ?? [])));
    const sourceOf = sourceNumbers(items);
    const pairs = candidatePairs(items, rarity, sourceOf, stats);
    const order = bestFirst(pairs, items.length);
    const prints = fingerprintAll(items.map((item) => item.claim), subjectOf);
    const grouped = items.map((item, i): GroupedClaim => ({ ...item.claim, fingerprint: prints[i] as string }));
    return merge(sourceOf, pairs, order).map((members) => toGroup(members.map((order) => grouped[order] as GroupedClaim)));
  } finally {
    forgetSentenceWords();
  }
}

/** The keys a sentence adds to rarity: its content words and `@` its entities. */
function subjectKeys(sentence: Sentence, mentions: readonly Mention[]): string[] {
  const keys = sentenceWords(sentence).map((word) => word.key);
  for (const mention of mentions) keys.push(`@${mention.key}`);
  return keys;
}

function candidatePairs(items: readonly Item[], rarity: Rarity, sourceOf: Int32Array, stats: AlignStats): Pairs {
  const rules = items.map((item) => RULES[item.claim.kind]);
  const keys = internKeys(items.map((item, i) => blockingKeys(item, rules[i] as Rule, rarity)));
  const postings = new Postings(keys.count, MAX_POSTINGS);
  // Pairs are made while their later item is processed, so marking each earlier item with the
  // current one dedupes them without a set of all pairs (millions at 3,000 articles).
  const met = new Int32Array(items.length).fill(-1);
  const score = scorer(vectorsOf(items, rarity));
  const near = closenessTable(items.map((item) => item.claim));
  const nouns = nounNumbers(items);
  // Room for 16 pairs per item: 12 at 300 articles, 32 at 3,000 (the lists grow as needed).
  const scored = emptyPairs(Math.max(1024, items.length * 16));
  for (let item = 0; item < items.length; item++) {
    const rule = rules[item] as Rule;
    const source = sourceOf[item];
    let loaded = false;
    for (let k = keys.starts[item] as number; k < (keys.starts[item + 1] as number); k++) {
      const key = keys.ids[k] as number;
      for (let i = 0, size = postings.size(key); i < size; i++) {
        const other = postings.at(key, i);
        if (sourceOf[other] === source || met[other] === item) continue;
        met[other] = item;
        stats.scored++;
        if (!loaded) score.load(item);
        loaded = true;
        const close = near(other, item);
        const shared = score.similarity(other);
        const total = shared + rule.prior(nouns, other, item) + close;
        // Below the threshold, only near values with some words or the very unit in common may be kept as mutual best matches.
        const alike = shared >= MUTUAL_SHARED || (rule.unitVouches && nouns.id[other] === nouns.id[item]);
        if (total >= rule.threshold || (total >= rule.threshold - MUTUAL_SLACK && close > 0 && alike)) addPair(scored, other, item, total);
      }
      postings.add(key, item);
    }
  }
  return keepConfident(scored, rules, sourceOf);
}

/** Each item's source as a number (sources in order of first appearance). */
function sourceNumbers(items: readonly Item[]): Int32Array {
  const ids = new Map<string, number>();
  // Filled by a loop: `Int32Array.from` with a mapping function is many times slower.
  const numbers = new Int32Array(items.length);
  items.forEach((item, i) => {
    let id = ids.get(item.claim.source);
    if (id === undefined) ids.set(item.claim.source, (id = ids.size));
    numbers[i] = id;
  });
  return numbers;
}

function nounNumbers(items: readonly Item[]): Nouns {
  const ids = new Map<string, number>();
  const nouns: Nouns = { id: new Int32Array(items.length), generic: new Uint8Array(items.length) };
  items.forEach((item, i) => {
    let id = ids.get(item.noun);
    if (id === undefined) ids.set(item.noun, (id = ids.size));
    nouns.id[i] = id;
    nouns.generic[i] = GENERIC_UNITS.has(item.noun) ? 1 : 0;
  });
  return nouns;
}

/**
 * Pairs above their kind's threshold, and pairs a little below it that are each other's best
 * match in the other's source: two articles rarely word one fact alike, but a figure near the
 * same figure, preferred both ways, is most likely the same fact. Keeps the pairs' order.
 */
function keepConfident(pairs: Pairs, rules: readonly Rule[], sourceOf: Int32Array): Pairs {
  const mutual = mutualBest(pairs, sourceOf);
  // Kept pairs are moved down in place: the list is the largest thing alignment holds.
  let kept = 0;
  for (let i = 0; i < pairs.count; i++) {
    const score = pairs.score[i] as number;
    const rule = rules[pairs.a[i] as number] as Rule;
    if (!(score >= rule.threshold || mutual[i])) continue;
    pairs.a[kept] = pairs.a[i] as number;
    pairs.b[kept] = pairs.b[i] as number;
    pairs.score[kept] = score;
    kept++;
  }
  pairs.count = kept;
  return pairs;
}

function blockingKeys(item: Item, rule: Rule, rarity: Rarity): string[] {
  const prefix = `${item.claim.kind}|${item.unit}|`;
  const keys = rarestWords(item, rarity, rule.keys).map((word) => prefix + word);
  if (rule.unitKey) keys.push(prefix);
  if (item.claim.kind === 'date') keys.push(...monthKeys(item.claim.value).map((month) => prefix + month));
  return keys;
}

/**
 * The months a date starts and ends in, with and without the year (a guessed year must not keep
 * the same days apart), so that near dates meet whatever their words; a whole year is its year.
 */
function monthKeys(value: DateValue): string[] {
  if (!value.start || !value.end) return [];
  if (value.precision === 'year' || value.precision === 'decade') return [`${value.start.slice(0, 4)}/${value.precision}`];
  return [...new Set([value.start.slice(0, 7), value.end.slice(0, 7), value.start.slice(4, 7), value.end.slice(4, 7)])];
}

/**
 * Merge pairs best first (union-find), refusing merges that would put one source twice in a
 * group; groups of item orders. `sourceOf` numbers each item's source.
 */
function merge(sourceOf: Int32Array, pairs: Pairs, order: Uint32Array): number[][] {
  const parent = new Int32Array(sourceOf.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  // The sources of each group, by its root; made at a group's first merge (a lone item has its own source).
  const sources: Array<Set<number> | undefined> = [];
  const sourcesOf = (r: number) => sources[r] ?? new Set([sourceOf[r] as number]);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // Index loops: a million pairs at 3,000 articles, and `for…of` left an iterator result for each.
  for (let k = 0; k < order.length; k++) {
    const index = order[k] as number;
    const ra = root(pairs.a[index] as number);
    const rb = root(pairs.b[index] as number);
    if (ra === rb) continue;
    // Probe and copy the smaller set only: groups of one story can hold thousands of sources.
    const [a, b] = [sourcesOf(ra), sourcesOf(rb)];
    const small = a.size <= b.size ? a : b;
    const large = small === a ? b : a;
    if (shares(small, large)) continue;
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    for (const source of small) large.add(source);
    sources[Math.min(ra, rb)] = large;
  }
  const groups = new Map<number, number[]>();
  for (let item = 0; item < parent.length; item++) {
    const r = root(item);
    const list = groups.get(r) ?? [];
    list.push(item);
    groups.set(r, list);
  }
  return [...groups.values()];
}

function shares(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  for (const source of small) if (large.has(source)) return true;
  return false;
}

/** A group's id is its first claim's fingerprint: unique, since every claim is in one group only. */
function toGroup(members: GroupedClaim[]): Group {
  const claims = members.sort(bySourceThenOffset);
  const first = claims[0] as GroupedClaim;
  return { id: `${first.kind}-${first.fingerprint}`, kind: first.kind, subject: subjectOf(first), claims };
}

function bySourceThenOffset(a: AnyClaim, b: AnyClaim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
}

function mentionsBySentence(sentences: readonly Sentence[], mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  let s = 0;
  for (const mention of mentions) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= mention.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > mention.start) continue;
    const list = out.get(sentence.index) ?? [];
    list.push(mention);
    out.set(sentence.index, list);
  }
  return out;
}
