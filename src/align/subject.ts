/** A few words that say what a claim is about, for the report's headings. */
import type { AnyClaim, Kind } from '../model.js';
import { sentenceWords } from './words.js';

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
  const words = sentenceWords(claim.sentence).filter((w) => w.end <= from || w.start >= to);
  const distance = (w: { start: number; end: number }) => (w.end <= from ? from - w.end : w.start - to);
  return words
    .map((word, i) => ({ word, i, d: distance(word) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, NEAREST)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.word.text)
    .join(' ');
}

function joined(unit: string, words: string): string {
  return words ? `${unit} · ${words}` : unit;
}
