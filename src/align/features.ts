/**
 * What alignment knows of a claim: the words around it (weighted by nearness), the entities of
 * its sentence, and a per-kind unit that two claims must share to state the same fact.
 */
import { GENERIC_PEOPLE, PEOPLE_NOUNS } from '../lexicon/nouns.js';
import type { AnyClaim, Kind, Mention } from '../model.js';
import { contentWords, normalizeWord, sentenceWords } from './words.js';

/** A claim prepared for alignment. */
export interface Item {
  claim: AnyClaim;
  /** What two claims must share to be compared at all (currency, counted noun or `person`, speaker…). */
  unit: string;
  /** The claim's own unit, finer than `unit`: the counted noun (`miner`) where `unit` says `person`. */
  noun: string;
  /** Subject words (and `@entity` keys) with weights in (0, 1]. */
  words: Map<string, number>;
}

/** Weight of a context word by its distance in words from the claim: the verb next to a date says most. */
function nearness(distance: number): number {
  return distance < 3 ? 1 : distance < 8 ? 0.6 : 0.25;
}
/** Entities of the sentence weigh this much: they place the story, not the fact. */
const ENTITY = 0.5;

/** The unit that claims of each kind must share. */
export const UNIT_OF: Record<Kind, (claim: AnyClaim) => string> = {
  money: (c) => (c.kind === 'money' ? c.value.currency : ''),
  quantity: (c) => (c.kind === 'quantity' ? countedFamily(c.value.unit) : ''),
  percent: () => '%',
  duration: () => 'time',
  date: () => '',
  quote: () => '',
  role: (c) => (c.kind === 'role' ? personKey(c.value.person) : ''),
};

/** A counted noun, or `person` for every noun that counts people (`protester`, `citizen`, `men`). */
function countedFamily(noun: string): string {
  return GENERIC_PEOPLE.has(noun) || PEOPLE_NOUNS.has(noun) ? 'person' : noun;
}

/** The key of a person: the lowercased surname (`Igor Korotchenko` → `korotchenko`). */
export function personKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  return normalizeWord(parts[parts.length - 1] ?? '');
}

/** Prepare a claim: its unit and its weighted subject words (`mentions`: those of its sentence). */
export function toItem(claim: AnyClaim, mentions: readonly Mention[]): Item {
  const words = new Map<string, number>();
  if (claim.kind === 'quote') {
    for (const word of contentWords(claim.value.words)) words.set(word.key, 1);
  } else if (claim.kind === 'role') {
    // The person decides the group; the title's words pick, among one person's titles, the same one.
    words.set(`@${personKey(claim.value.person)}`, 1);
    for (const word of contentWords(claim.value.role)) words.set(word.key, Math.max(words.get(word.key) ?? 0, 0.5));
  } else {
    addContext(words, claim, mentions);
  }
  const unit = UNIT_OF[claim.kind](claim);
  return { claim, unit, noun: claim.kind === 'quantity' ? claim.value.unit : unit, words };
}

function addContext(words: Map<string, number>, claim: AnyClaim, mentions: readonly Mention[]): void {
  const { sentence } = claim;
  const all = sentenceWords(sentence);
  const from = claim.start - sentence.start;
  const to = claim.end - sentence.start;
  const firstAfter = all.findIndex((w) => w.start >= to);
  const lastBefore = all.map((w) => w.end <= from).lastIndexOf(true);
  for (const [i, word] of all.entries()) {
    // The claim's own words (`injured` in `17 injured`) name its subject best.
    if (word.start < to && word.end > from) {
      words.set(word.key, 1);
      continue;
    }
    const distance = word.end <= from ? lastBefore - i : i - (firstAfter < 0 ? all.length : firstAfter);
    const weight = nearness(distance);
    words.set(word.key, Math.max(words.get(word.key) ?? 0, weight));
  }
  for (const mention of mentions) {
    if (!(mention.start < claim.end && mention.end > claim.start)) {
      words.set(`@${mention.key}`, Math.max(words.get(`@${mention.key}`) ?? 0, ENTITY));
    }
  }
}
