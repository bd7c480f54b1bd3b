/**
 * Sentence splitting: `Intl.Segmenter` (built in, exact offsets) run one paragraph at a time,
 * since it is quadratic on one huge string, then a small merge for what it gets wrong in news
 * text: abbreviations and initials, lowercase continuations, and quotes spanning sentences.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import type { Span } from '../model.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Split `text` into trimmed sentence spans (offsets into `text`). */
export function splitSentences(text: string): Span[] {
  const pieces: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const span = trim(text, index, index + segment.length);
    if (span) pieces.push(span);
  }
  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && continues(text.slice(last.start, last.end), text.slice(piece.start, piece.end))) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged;
}

/** True when `next` belongs to the same sentence as `current`. */
function continues(current: string, next: string): boolean {
  return endsWithAbbreviation(current) || /^[\p{Ll}\p{Pe}\p{Pf},;:–—…]/u.test(next) || quoteIsOpen(current) || /^[.!?…]$/.test(next);
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s(“"‘])((?:\p{L}\.)*\p{L}+)\.$/u.exec(sentence);
  if (!match || match[1] === undefined) return false;
  const word = match[1];
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}

/** True when a quotation opened in `sentence` is not closed in it. */
export function quoteIsOpen(sentence: string): boolean {
  let curly = 0;
  let guillemets = 0;
  for (const char of sentence) {
    if (char === '“') curly++;
    else if (char === '”') curly = Math.max(0, curly - 1);
    else if (char === '«') guillemets++;
    else if (char === '»') guillemets = Math.max(0, guillemets - 1);
  }
  const straight = (sentence.match(/"/g) ?? []).length;
  return curly > 0 || guillemets > 0 || straight % 2 === 1;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
