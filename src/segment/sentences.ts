/**
 * Sentence splitting: `Intl.Segmenter` (built in, exact offsets) run one paragraph at a time,
 * then a small merge for what it gets wrong in news text: abbreviations and initials, lowercase
 * continuations, and quotes spanning sentences.
 * Linear on any input: the segmenter's time grows faster than the length of the string it is
 * given (DESIGN.md), so a paragraph longer than `CHUNK` characters is cut first, at the last
 * sentence end (else white space) before the limit; the merge keeps a running quote count and
 * looks only at the tail of the sentence so far, never rescanning it.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import type { Span } from '../model.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The longest string handed to the segmenter at once, in UTF-16 code units. */
export const CHUNK = 10_000;

/**
 * The longest sentence, in UTF-16 code units: a longer run without a sentence end (a page whose
 * text came out on one line, an open quotation mark never closed) is cut at white space, so that
 * no step that reads a sentence whole costs more than a bounded amount per sentence.
 */
export const MAX_SENTENCE = 1_000;

/** Room for the longest abbreviation or chain of initials that ends a sentence. */
const TAIL = 48;

/** Open quotation marks of the sentence so far. */
interface Quotes {
  curly: number;
  guillemets: number;
  straight: number;
}

/** Split `text` into trimmed sentence spans (offsets into `text`). */
export function splitSentences(text: string): Span[] {
  const merged: Span[] = [];
  let quotes: Quotes = { curly: 0, guillemets: 0, straight: 0 };
  for (const piece of pieces(text)) {
    const next = text.slice(piece.start, piece.end);
    const last = merged[merged.length - 1];
    if (last && continues(tail(text, last), next, quotes)) last.end = piece.end;
    else {
      merged.push({ ...piece });
      quotes = { curly: 0, guillemets: 0, straight: 0 };
    }
    quotes = countQuotes(quotes, next);
  }
  return merged.flatMap((span) => bounded(text, span));
}

/** A span cut into sentences of at most `MAX_SENTENCE` characters, at white space where there is some. */
function bounded(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE) {
    const to = cut(text, from, MAX_SENTENCE);
    const piece = trim(text, from, to);
    if (piece) out.push(piece);
    from = to;
  }
  const last = trim(text, from, span.end);
  if (last) out.push(last);
  return out;
}

/** The segmenter's sentences, trimmed, over chunks of at most `CHUNK` characters. */
function* pieces(text: string): Generator<Span> {
  for (let from = 0; from < text.length; ) {
    const to = cut(text, from, CHUNK);
    for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
      const span = trim(text, from + index, from + index + segment.length);
      if (span) yield span;
    }
    from = to;
  }
}

/** Where a piece of at most `size` starting at `from` ends: after the last sentence end, else the last white space, in its second half. */
function cut(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  let space = -1;
  for (let i = limit; i > from + size / 2; i--) {
    if (!/\s/.test(text.charAt(i))) continue;
    if (/[.!?…]/.test(text.charAt(i - 1))) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  // No white space in the second half: cut anyway, but never inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text.charAt(limit)) ? limit - 1 : limit;
}

/** The end of the sentence so far, from a word boundary: enough to see an abbreviation. */
function tail(text: string, sentence: Span): string {
  const from = Math.max(sentence.start, sentence.end - TAIL);
  const end = text.slice(from, sentence.end);
  return from > sentence.start ? end.replace(/^\S*/, '') : end;
}

/** True when `next` belongs to the same sentence as the one ending in `current`. */
function continues(current: string, next: string, quotes: Quotes): boolean {
  return endsWithAbbreviation(current) || /^[\p{Ll}\p{Pe}\p{Pf},;:–—…]/u.test(next) || isOpen(quotes) || /^[.!?…]$/.test(next);
}

function endsWithAbbreviation(sentence: string): boolean {
  const match = /(?:^|[\s(“"‘])((?:\p{L}\.)*\p{L}+)\.$/u.exec(sentence);
  if (!match || match[1] === undefined) return false;
  const word = match[1];
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}

/** True when a quotation opened in `sentence` is not closed in it. */
export function quoteIsOpen(sentence: string): boolean {
  return isOpen(countQuotes({ curly: 0, guillemets: 0, straight: 0 }, sentence));
}

function isOpen(quotes: Quotes): boolean {
  return quotes.curly > 0 || quotes.guillemets > 0 || quotes.straight % 2 === 1;
}

function countQuotes(quotes: Quotes, text: string): Quotes {
  let { curly, guillemets, straight } = quotes;
  for (const char of text) {
    if (char === '“') curly++;
    else if (char === '”') curly = Math.max(0, curly - 1);
    else if (char === '«') guillemets++;
    else if (char === '»') guillemets = Math.max(0, guillemets - 1);
    else if (char === '"') straight++;
  }
  return { curly, guillemets, straight };
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
