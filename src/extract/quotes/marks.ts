/**
 * Finding quotations by their marks. Hand-written: the pairing rules of news typography (curly,
 * straight, guillemets, `„…“`, single marks that double as apostrophes, a quote left open at a
 * paragraph's end) are ours to decide, and no library pairs them with offsets.
 */
import { DOUBLE_QUOTES, SINGLE_QUOTES } from '../../lexicon/speech.js';
import type { Span } from '../../model.js';

/** A quotation in a text: `start`/`end` include the marks, `inner` is the quoted words. */
export interface QuoteSpan extends Span {
  inner: Span;
  /** False when the quotation runs on to the end (continued in the next paragraph). */
  closed: boolean;
}

const ANY_MARK = /[“„«"‘']/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The quotations of `text`, in order; single marks only outside double ones, never as apostrophes. */
export function findQuotes(text: string): QuoteSpan[] {
  if (!ANY_MARK.test(text)) return [];
  const doubles: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const closers = DOUBLE_QUOTES.get(text.charAt(i));
    if (closers === undefined) continue;
    let j = i + 1;
    while (j < text.length && !closers.includes(text.charAt(j))) j++;
    const closed = j < text.length;
    doubles.push({ start: i, end: closed ? j + 1 : text.length, inner: { start: i + 1, end: j }, closed });
    i = j;
  }
  const singles: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const closer = SINGLE_QUOTES.get(text.charAt(i));
    if (closer === undefined || !opensSingle(text, i) || doubles.some((q) => q.start <= i && i < q.end)) continue;
    let j = i + 1;
    while (j < text.length && !(text.charAt(j) === closer && closesSingle(text, j))) j++;
    if (j >= text.length || doubles.some((q) => i < q.start && q.start < j)) continue;
    singles.push({ start: i, end: j + 1, inner: { start: i + 1, end: j }, closed: true });
    i = j;
  }
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

/** The quoted words: the inner text trimmed, without the comma that belongs to the attribution. */
export function wordsOf(text: string, quote: QuoteSpan): string {
  return text.slice(quote.inner.start, quote.inner.end).trim().replace(/\s*,$/, '');
}

// `Golub‘s`, `I’ve`: a mark between two letters is an apostrophe, never a quotation mark.
function opensSingle(text: string, i: number): boolean {
  return !WORD_CHAR.test(text.charAt(i - 1)) && WORD_CHAR.test(text.charAt(i + 1));
}

function closesSingle(text: string, j: number): boolean {
  return !/\s/.test(text.charAt(j - 1)) && !WORD_CHAR.test(text.charAt(j + 1));
}
