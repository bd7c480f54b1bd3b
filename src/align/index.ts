/**
 * Stage 4, align: group the claims of different sources that state the same fact. Candidate
 * pairs come from an index of blocking keys (kind, unit, rare subject words, months), never from
 * comparing every claim with every other one. Pairs are scored (subject similarity, what sharing
 * the unit is worth, closeness of the values), kept when confident, then merged best first; a
 * group never takes two values of one source (it may take one fact restated in two sentences).
 */
import { kind, valueKey, type AlignRule, type AnyValue } from '../kinds/index.js';
import type { Extraction, Group, GroupedClaim, Mention, Sentence } from '../model.js';
import { Postings } from './blocking.js';
import { toItem, type Item } from './features.js';
import { fingerprintAll } from './fingerprint.js';
import { bestFirst, mutualBest, type Pair } from './pairs.js';
import { cosine, norm, rarestWords, rarityOf, type Rarity } from './similarity.js';
import { subjectOf } from './subject.js';
import { vocabulary, type Vocabulary } from './words.js';

/** How far below its threshold a mutual best match may score and still be kept. */
const MUTUAL_SLACK = 0.1;
/** The least subject similarity for such a match, unless the noun vouches: values alone never make one fact. */
const MUTUAL_SHARED = 0.05;
/** A blocking key keeps its latest items only, so that a common key cannot make alignment quadratic. */
const MAX_POSTINGS = 32;

/** Counters of one alignment, for tests and benchmarks. */
export interface AlignStats {
  /** Candidate pairs scored (an all-pairs loop would score n(n−1)/2). */
  scored: number;
}

/** An item with what scoring reads of it. */
interface Scored extends Item {
  source: number;
  norm: number;
  rule: AlignRule<AnyValue>;
  /** The claim's value as a key: equal values, equal keys. */
  value: string;
}

/** Group the claims of all extractions; every claim lands in exactly one group. */
export function align(extractions: readonly Extraction[], stats: AlignStats = { scored: 0 }): Group[] {
  const words = vocabulary();
  const bySentence = extractions.map((e) => mentionsBySentence(e.sentences, e.mentions));
  const rarity = rarityOf(extractions.flatMap((e, i) => e.sentences.map((s) => subjectKeys(s, bySentence[i]?.get(s.index) ?? [], words))));
  const items = extractions.flatMap((e, i) =>
    e.claims.map((claim): Scored => {
      const item = toItem(claim, bySentence[i]?.get(claim.sentence.index) ?? [], words);
      return { ...item, source: i, norm: norm(item.words, rarity), rule: kind(claim.kind).align, value: valueKey(claim.value) };
    }),
  );
  const pairs = confident(candidatePairs(items, rarity, stats), items);
  const prints = fingerprintAll(items.map((item) => item.claim), (claim) => subjectOf(claim, words));
  const grouped = items.map((item, i): GroupedClaim => ({ ...item.claim, fingerprint: prints[i] as string }));
  return merge(items, bestFirst(pairs)).map((members) => toGroup(members.map((i) => grouped[i] as GroupedClaim), words));
}

/** The keys a sentence adds to rarity: its content words and `@` its entities. */
function subjectKeys(sentence: Sentence, mentions: readonly Mention[], words: Vocabulary): string[] {
  return [...words.ofSentence(sentence).map((word) => word.key), ...mentions.map((mention) => `@${mention.key}`)];
}

/** Pairs of items of different sources that share a blocking key and score near their kind's threshold. */
function candidatePairs(items: readonly Scored[], rarity: Rarity, stats: AlignStats): Pair[] {
  const postings = new Postings(MAX_POSTINGS);
  // Pairs are made while their later item is processed: marking each earlier item met with the
  // current one dedupes them without a set of all pairs.
  const met = new Int32Array(items.length).fill(-1);
  const pairs: Pair[] = [];
  items.forEach((item, b) => {
    const { rule } = item;
    const spec = kind(item.claim.kind);
    for (const key of blockingKeys(item, rarity)) {
      for (const a of postings.get(key)) {
        const other = items[a] as Scored;
        if (met[a] === b) continue;
        met[a] = b;
        const restated = other.source === item.source;
        // A source may state one fact twice (headline and body), in other sentences and with the same value.
        if (restated && (other.value !== item.value || other.claim.sentence.index === item.claim.sentence.index)) continue;
        stats.scored++;
        const close = spec.closeness(other.claim, item.claim);
        const shared = cosine(other.words, other.norm, item.words, item.norm, rarity);
        const score = shared + rule.prior(other.claim.value, item.claim.value) + close;
        // Below the threshold, only near values with some words or the very noun in common may be kept as mutual best matches.
        const alike = shared >= MUTUAL_SHARED || (rule.unitVouches && other.noun === item.noun);
        if (score >= rule.threshold || (!restated && score >= rule.threshold - MUTUAL_SLACK && close > 0 && alike)) pairs.push({ a, b, score });
      }
      postings.add(key, b);
    }
  });
  return pairs;
}

function blockingKeys(item: Scored, rarity: Rarity): string[] {
  const prefix = `${item.claim.kind}|${item.unit}|`;
  const keys = rarestWords(item.words, rarity, item.rule.keys).map((word) => prefix + word);
  if (item.rule.unitKey) keys.push(prefix);
  for (const key of item.rule.valueKeys?.(item.claim.value) ?? []) keys.push(prefix + key);
  return keys;
}

/**
 * Pairs above their kind's threshold, and pairs a little below it that are each other's best
 * match in the other's source: two articles rarely word one fact alike, but a figure near the
 * same figure, preferred both ways, is most likely the same fact.
 */
function confident(pairs: readonly Pair[], items: readonly Scored[]): Pair[] {
  const mutual = mutualBest(pairs, (i) => (items[i] as Scored).source);
  return pairs.filter((pair, i) => pair.score >= (items[pair.a] as Scored).rule.threshold || mutual[i]);
}

/**
 * Merge pairs in the order given (union-find), refusing merges that would give a group two values
 * of one source: two values of one article are two facts. Groups of item indices.
 */
function merge(items: readonly Scored[], pairs: readonly Pair[]): number[][] {
  const parent = items.map((_, i) => i);
  // The value each source states in each group, by the group's root.
  const values = items.map((item) => new Map([[item.source, item.value]]));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const { a, b } of pairs) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) continue;
    // Probe and copy the smaller map only: a group of one story can hold thousands of sources.
    const [small, large] = [values[ra] as Map<number, string>, values[rb] as Map<number, string>].sort((x, y) => x.size - y.size) as [
      Map<number, string>,
      Map<number, string>,
    ];
    if ([...small].some(([source, value]) => (large.get(source) ?? value) !== value)) continue;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    for (const [source, value] of small) large.set(source, value);
    values[keep] = large;
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}

/** A group's id is its first claim's fingerprint: unique, since every claim is in one group only. */
function toGroup(members: GroupedClaim[], words: Vocabulary): Group {
  const claims = members.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
  const first = claims[0] as GroupedClaim;
  return { id: `${first.kind}-${first.fingerprint}`, kind: first.kind, subject: subjectOf(first, words), claims };
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
