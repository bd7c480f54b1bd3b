/** Content words: the vocabulary that alignment compares. */
import { CALENDAR_WORDS, STOPWORDS } from '../lexicon/stopwords.js';
import { lemmatize } from '../extract/numbers/lemmatize.js';
import { SYNONYMS } from '../lexicon/synonyms.js';

/** A content word with its place in the text it came from. */
export interface Word {
  /** Normalized form: lowercase, possessive and plural stripped. */
  key: string;
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-‐'’‘]*[\p{L}\p{N}])?/gu;

/** The normalized form of one word (`Belarus’s` → `belarus`, `troops` → `troop`, `ballot` → `vote`). */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(/[’'‘]s$/, '').replace(/‐/g, '-');
  const synonym = SYNONYMS.get(lower);
  if (synonym) return synonym;
  const single = /[\d-]/.test(lower) ? lower : lemmatize(lower);
  return SYNONYMS.get(single) ?? single;
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
