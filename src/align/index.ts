/**
 * Stage 4, align: group the claims of different sources that state the same fact. Candidate
 * pairs come from an index of blocking keys (kind, unit, rare subject words, value buckets),
 * never from comparing every claim with every other one. Pairs are scored, then merged best
 * first, and a group never takes two claims of one source.
 */
import type { AnyClaim, DateValue, Extraction, Group, Kind, Mention, Sentence } from '../model.js';
import { closeness } from './closeness.js';
import { type Item, toItem } from './features.js';
import { fingerprint } from './fingerprint.js';
import { rarestWords, rarityOf, similarity, type Rarity } from './similarity.js';
import { subjectOf } from './subject.js';
import { contentWords } from './words.js';

/** How claims of a kind are matched. */
interface Rule {
  /** The least score (similarity + prior + closeness) for two claims to state one fact. */
  threshold: number;
  /** How many of a claim's rarest words become blocking keys. */
  keys: number;
  /** What sharing the unit alone is worth: a counted noun says more than a currency. */
  prior: (unit: string) => number;
  /** Whether the unit alone is a blocking key (a story has few claims per counted noun). */
  unitKey: boolean;
}

/** Counted nouns too common to say what a figure counts. */
const GENERIC_UNITS = new Set(['person', 'people', 'year of age', 'time']);

const RULES: Record<Kind, Rule> = {
  money: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true },
  quantity: { threshold: 0.3, keys: 6, prior: (unit) => (GENERIC_UNITS.has(unit) ? 0.05 : 0.2), unitKey: true },
  percent: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: true },
  duration: { threshold: 0.3, keys: 6, prior: () => 0.05, unitKey: true },
  date: { threshold: 0.3, keys: 6, prior: () => 0, unitKey: false },
  quote: { threshold: 0.5, keys: 8, prior: () => 0, unitKey: false },
  role: { threshold: 0.5, keys: 0, prior: () => 1, unitKey: true },
};

/** A posting list keeps its latest entries only, so a common key cannot make alignment quadratic. */
const MAX_POSTINGS = 64;

interface Pair {
  a: number;
  b: number;
  score: number;
}

/** Counters of one alignment, for tests and benchmarks. */
export interface AlignStats {
  /** Candidate pairs scored (an all-pairs loop would score n(n−1)/2). */
  scored: number;
}

/** Group the claims of all extractions; groups come out in a stable order. */
export function align(extractions: readonly Extraction[], stats: AlignStats = { scored: 0 }): Group[] {
  const bySentence = extractions.map((e) => mentionsBySentence(e.sentences, e.mentions));
  const rarity = rarityOf(
    extractions.flatMap((e, i) => e.sentences.map((s) => [...contentWords(s.text).map((w) => w.key), ...(bySentence[i]?.get(s.index) ?? []).map((m) => `@${m.key}`)])),
  );
  const items = extractions.flatMap((e, i) => e.claims.map((claim) => toItem(claim, 0, bySentence[i]?.get(claim.sentence.index) ?? [])));
  items.forEach((item, order) => (item.order = order));
  const pairs = candidatePairs(items, rarity, stats).sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return finish(merge(items, pairs));
}

function candidatePairs(items: readonly Item[], rarity: Rarity, stats: AlignStats): Pair[] {
  const postings = new Map<string, number[]>();
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  for (const item of items) {
    const rule = RULES[item.claim.kind];
    for (const key of blockingKeys(item, rule, rarity)) {
      const list = postings.get(key) ?? [];
      for (const other of list) {
        const a = items[other] as Item;
        const id = other * items.length + item.order;
        if (a.claim.source === item.claim.source || seen.has(id)) continue;
        seen.add(id);
        stats.scored++;
        const score = similarity(a, item, rarity) + rule.prior(item.unit) + closeness(a.claim, item.claim);
        if (score >= rule.threshold) pairs.push({ a: other, b: item.order, score });
      }
      list.push(item.order);
      if (list.length > MAX_POSTINGS) list.shift();
      postings.set(key, list);
    }
  }
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
 * the same days apart), so that near dates meet whatever their words.
 */
function monthKeys(value: DateValue): string[] {
  if (!value.start || !value.end || value.precision === 'year' || value.precision === 'decade') return [];
  return [...new Set([value.start.slice(0, 7), value.end.slice(0, 7), value.start.slice(4, 7), value.end.slice(4, 7)])];
}

/** Merge pairs best first (union-find), refusing merges that would put one source twice in a group. */
function merge(items: readonly Item[], pairs: readonly Pair[]): AnyClaim[][] {
  const parent = items.map((_, i) => i);
  const sources = items.map((item) => new Set([item.claim.source]));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const { a, b } of pairs) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    const [sa, sb] = [sources[ra] as Set<string>, sources[rb] as Set<string>];
    if ([...sb].some((source) => sa.has(source))) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    for (const source of sources[drop] as Set<string>) (sources[keep] as Set<string>).add(source);
  }
  const groups = new Map<number, AnyClaim[]>();
  for (const item of items) {
    const r = root(item.order);
    const list = groups.get(r) ?? [];
    list.push(item.claim);
    groups.set(r, list);
  }
  return [...groups.values()];
}

function finish(groups: readonly AnyClaim[][]): Group[] {
  const used = new Map<string, number>();
  return groups.map((members) => {
    const claims = [...members].sort(bySourceThenOffset);
    const first = claims[0] as AnyClaim;
    const subject = subjectOf(first);
    const base = `${first.kind}-${fingerprint(first, subject)}`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return { id: seen === 1 ? base : `${base}-${seen}`, kind: first.kind, subject, claims };
  });
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
