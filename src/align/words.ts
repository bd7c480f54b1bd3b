/** Content words: the vocabulary that alignment compares. */
import { CALENDAR_WORDS, STOPWORDS } from '../lexicon/stopwords.js';

/** A content word with its place in the text it came from. */
export interface Word {
  /** Normalized form: lowercase, possessive and plural stripped. */
  key: string;
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-‐]*[\p{L}\p{N}]|\p{L}/gu;

/** The normalized form of one word (`Belarus’s` → `belarus`, `troops` → `troop`). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/[’'‘]s$/, '').replace(/‐/g, '-');
  if (lower.length <= 3 || /\d/.test(lower)) return lower;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(lower)) return lower;
  if (/(ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** The content words of `text` (no stop words, calendar words or bare numbers). */
export function contentWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    if (STOPWORDS.has(lower) || CALENDAR_WORDS.has(lower) || /^[\d,.\-]+$/.test(raw)) continue;
    words.push({ key: normalizeWord(raw), text: raw, start: match.index, end: match.index + raw.length });
  }
  return words;
}
