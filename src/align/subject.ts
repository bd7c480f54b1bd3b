/** A few words that say what a claim is about, for the report's headings. */
import type { AnyClaim, Kind } from '../model.js';
import { sentenceWords, type Word } from './words.js';

const NEAREST = 3;

/** How each kind names its subject. */
const SUBJECT_OF: Record<Kind, (claim: AnyClaim) => string> = {
  quote: (c) => (c.kind === 'quote' ? (c.value.speaker ?? 'unattributed') : ''),
  role: (c) => (c.kind === 'role' ? c.value.person : ''),
  quantity: (c) => (c.kind === 'quantity' ? joined(c.value.unit, nearestWords(c)) : ''),
  money: (c) => nearestWords(c),
  percent: (c) => nearestWords(c),
  duration: (c) => nearestWords(c),
  date: (c) => nearestWords(c),
};

/** The subject of a claim: the speaker, the person, or the words nearest the value. */
export function subjectOf(claim: AnyClaim): string {
  return SUBJECT_OF[claim.kind](claim);
}

/** The content words of the claim's sentence nearest the claim, in sentence order. */
function nearestWords(claim: AnyClaim): string {
  const from = claim.start - claim.sentence.start;
  const to = claim.end - claim.sentence.start;
  return nearest(sentenceWords(claim.sentence), from, to, NEAREST)
    .map((word) => word.text)
    .join(' ');
}

/**
 * The `count` words nearest the span `from`–`to` outside it (the earlier word of two as near), in
 * sentence order. Words are in order, so those before the span grow nearer and those after grow
 * farther: walking out from the span on both sides meets them nearest first, with no sorting.
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

function joined(unit: string, words: string): string {
  return words ? `${unit} · ${words}` : unit;
}
