/**
 * Stage 4, align: group the claims of different sources that state the same fact. Candidates
 * come from an index of blocking keys (kind, unit, rare subject words), never from comparing
 * every claim with every other one; each claim joins the best-matching group or starts one.
 */
import type { AnyClaim, Extraction, Group, Kind, Mention, Sentence } from '../model.js';
import { type Item, toItem } from './features.js';
import { fingerprint, valueKey } from './fingerprint.js';
import { rarestWords, rarityOf, similarity, type Rarity } from './similarity.js';
import { subjectOf } from './subject.js';
import { contentWords } from './words.js';

/** How claims of a kind are matched: the least similarity to join a group, and how many keys to index. */
interface Rule {
  threshold: number;
  keys: number;
  /** Added to the similarity when the values are equal: the same figure near the same words. */
  sameValue: number;
}

const RULES: Record<Kind, Rule> = {
  money: { threshold: 0.3, keys: 6, sameValue: 0.2 },
  quantity: { threshold: 0.3, keys: 6, sameValue: 0.2 },
  percent: { threshold: 0.3, keys: 6, sameValue: 0.2 },
  duration: { threshold: 0.3, keys: 6, sameValue: 0.2 },
  date: { threshold: 0.35, keys: 6, sameValue: 0.2 },
  quote: { threshold: 0.5, keys: 8, sameValue: 0 },
  role: { threshold: 1, keys: 1, sameValue: 0 },
};

/** Members of a group compared with a newcomer: enough to judge, bounded so big groups stay cheap. */
const COMPARED_MEMBERS = 8;

interface Building {
  items: Item[];
  sources: Set<string>;
}

/** Group the claims of all extractions; groups come out in a stable order. */
export function align(extractions: readonly Extraction[]): Group[] {
  const rarity = rarityOf(extractions.flatMap((e) => e.sentences.map((s) => contentWords(s.text).map((w) => w.key))));
  const items = extractions.flatMap((e) => {
    const bySentence = mentionsBySentence(e.sentences, e.mentions);
    return e.claims.map((claim) => toItem(claim, 0, bySentence.get(claim.sentence.index) ?? []));
  });
  items.forEach((item, order) => (item.order = order));
  const groups: Building[] = [];
  const postings = new Map<string, number[]>();
  for (const item of items) {
    const rule = RULES[item.claim.kind];
    const keys = rarestWords(item, rarity, rule.keys).map((word) => `${item.claim.kind}|${item.unit}|${word}`);
    const best = bestGroup(item, candidates(keys, postings), groups, rule, rarity);
    const index = best ?? groups.push({ items: [], sources: new Set() }) - 1;
    const group = groups[index] as Building;
    group.items.push(item);
    group.sources.add(item.claim.source);
    for (const key of keys) {
      const list = postings.get(key) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      postings.set(key, list);
    }
  }
  return finish(groups);
}

function candidates(keys: readonly string[], postings: ReadonlyMap<string, number[]>): number[] {
  const found = new Set<number>();
  for (const key of keys) for (const index of postings.get(key) ?? []) found.add(index);
  return [...found].sort((a, b) => a - b);
}

function bestGroup(item: Item, indices: readonly number[], groups: readonly Building[], rule: Rule, rarity: Rarity): number | null {
  let best: number | null = null;
  let bestScore = rule.threshold;
  for (const index of indices) {
    const group = groups[index] as Building;
    if (group.sources.has(item.claim.source) && !restates(item, group)) continue;
    let score = 0;
    for (const member of group.items.slice(0, COMPARED_MEMBERS)) {
      if (member.claim.source === item.claim.source) continue;
      const bonus = valueKey(member.claim) === valueKey(item.claim) ? rule.sameValue : 0;
      score = Math.max(score, similarity(item, member, rarity) + bonus);
    }
    if (group.sources.size === 1 && group.sources.has(item.claim.source)) score = 0;
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

/** True when the group already holds a claim of this source with the same value: a restatement. */
function restates(item: Item, group: Building): boolean {
  const key = valueKey(item.claim);
  return group.items.some((member) => member.claim.source === item.claim.source && valueKey(member.claim) === key);
}

function finish(groups: readonly Building[]): Group[] {
  const used = new Map<string, number>();
  return groups.map(({ items }) => {
    const claims = items.map((item) => item.claim).sort(bySourceThenOffset);
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
