/** A few words that say what a claim is about, for the report's headings and the claims' fingerprints. */
import { kind } from '../kinds/index.js';
import type { AnyClaim } from '../model.js';
import type { Vocabulary, Word } from './words.js';

const NEAREST = 3;

/** The subject of a claim: its kind's subject, from the words nearest the claim where the kind needs them. */
export function subjectOf(claim: AnyClaim, vocabulary: Vocabulary): string {
  return kind(claim.kind).subject(claim.value, () => nearestWords(claim, vocabulary));
}

/** The content words of the claim's sentence nearest the claim, in sentence order. */
function nearestWords(claim: AnyClaim, vocabulary: Vocabulary): string {
  const from = claim.start - claim.sentence.start;
  const to = claim.end - claim.sentence.start;
  return nearest(vocabulary.ofSentence(claim.sentence), from, to, NEAREST)
    .map((word) => word.text)
    .join(' ');
}

/**
 * The `count` words nearest the span `from`–`to` outside it (the earlier word of two as near), in
 * sentence order. Words are in order, so those before the span grow nearer and those after grow
 * farther: walking out from the span on both sides meets them nearest first.
 */
export function nearest(words: readonly Word[], from: number, to: number, count: number): Word[] {
  let before = words.length - 1;
  while (before >= 0 && (words[before] as Word).end > from) before--;
  let after = 0;
  while (after < words.length && (words[after] as Word).start < to) after++;
  let [left, right] = [before, after];
  for (let taken = 0; taken < count; taken++) {
    const leftWord = words[left];
    const rightWord = words[right];
    if (leftWord && (!rightWord || from - leftWord.end <= rightWord.start - to)) left--;
    else if (rightWord) right++;
    else break;
  }
  return [...words.slice(left + 1, before + 1), ...words.slice(after, right)];
}
