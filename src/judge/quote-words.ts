/** Quote comparison: words normalized for typography and spelling, excerpts, word diffs. */
import { SPELLING } from '../lexicon/spelling.js';

const ELLIPSIS = /…|\.\s?\.\s?\./;
const TOKEN = /[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*/gu;

/** The words of a quote, lowercased, apostrophes straightened, spelling made American. */
export function quoteTokens(words: string): string[] {
  return [...words.matchAll(TOKEN)].map((m) => {
    const lower = m[0].toLowerCase().replace(/[’‘]/g, "'");
    return SPELLING.get(lower) ?? lower.replace(/isation(s?)$/, 'ization$1');
  });
}

/** True when `part` occurs in `whole` as one contiguous run of words. */
export function isExcerpt(part: readonly string[], whole: readonly string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when every piece of `quote` between ellipses occurs in `whole`, in order: a quote
 * shortened with `…` but not otherwise changed.
 */
export function isElidedExcerpt(quote: string, whole: readonly string[]): boolean {
  const pieces = quote.split(ELLIPSIS).map(quoteTokens).filter((p) => p.length);
  if (pieces.length < 2) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = indexOfRun(piece, whole, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

function indexOfRun(part: readonly string[], whole: readonly string[], from: number): number {
  for (let i = from; i + part.length <= whole.length; i++) {
    if (part.every((word, j) => whole[i + j] === word)) return i;
  }
  return -1;
}
