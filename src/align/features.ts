/**
 * What alignment knows of a claim: its kind's unit and noun, and its subject words with weights:
 * the words around it (weighted by nearness) and the entities of its sentence, or what its value
 * says (a quote's words, a role's person).
 */
import { kind } from '../kinds/index.js';
import type { AnyClaim, Mention } from '../model.js';
import type { Vocabulary } from './words.js';

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

/** Prepare a claim: its unit and its weighted subject words (`mentions`: those of its sentence). */
export function toItem(claim: AnyClaim, mentions: readonly Mention[], vocabulary: Vocabulary): Item {
  const spec = kind(claim.kind);
  const own = spec.align.words?.(claim.value, (text) => vocabulary.words(text).map((word) => word.key));
  const noun = spec.noun(claim.value);
  return { claim, unit: spec.unit(claim.value), noun, words: own ?? contextWords(claim, noun, mentions, vocabulary) };
}

function contextWords(claim: AnyClaim, noun: string, mentions: readonly Mention[], vocabulary: Vocabulary): Map<string, number> {
  const words = new Map<string, number>();
  const { sentence } = claim;
  const all = vocabulary.ofSentence(sentence);
  const from = claim.start - sentence.start;
  const to = claim.end - sentence.start;
  const firstAfter = all.findIndex((w) => w.start >= to);
  const lastBefore = all.map((w) => w.end <= from).lastIndexOf(true);
  for (const [i, word] of all.entries()) {
    // The claim's own words (`injured` in `17 injured`) name its subject best.
    if (word.start < to && word.end > from) {
      // Its counted noun or unit is left out: the unit's prior already says what sharing it is worth.
      if (word.key !== noun) words.set(word.key, 1);
      continue;
    }
    const distance = word.end <= from ? lastBefore - i : i - (firstAfter < 0 ? all.length : firstAfter);
    words.set(word.key, Math.max(words.get(word.key) ?? 0, nearness(distance)));
  }
  for (const mention of mentions) {
    if (!(mention.start < claim.end && mention.end > claim.start)) {
      words.set(`@${mention.key}`, Math.max(words.get(`@${mention.key}`) ?? 0, ENTITY));
    }
  }
  return words;
}
