/** Content words: the vocabulary that alignment compares. */
import { CALENDAR_WORDS, STOPWORDS } from '../lexicon/stopwords.js';
import { lemmatize } from '../extract/numbers/lemmatize.js';
import { SPELLING } from '../lexicon/spelling.js';
import { SYNONYMS } from '../lexicon/synonyms.js';
import type { Sentence } from '../model.js';

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

// Normal forms by word as written: a corpus repeats its vocabulary, and lemmatizing is the costly part.
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 100_000;

/** The normalized form of one word (`Belarus’s` → `belarus`, `troops` → `troop`, `ballot` → `vote`, `colour` → `color`). */
export function normalizeWord(word: string): string {
  let known = normalized.get(word);
  if (known === undefined) {
    if (normalized.size >= MAX_NORMALIZED) normalized.clear();
    normalized.set(word, (known = normalizeOnce(word)));
  }
  return known;
}

function normalizeOnce(word: string): string {
  const written = word.toLowerCase().replace(/[’'‘]s$/, '').replace(/‐/g, '-');
  const lower = SPELLING.get(written) ?? written;
  const synonym = SYNONYMS.get(lower);
  if (synonym) return synonym;
  const single = /[\d-]/.test(lower) ? lower : lemmatize(lower);
  return SYNONYMS.get(single) ?? single;
}

/** The content words of `text` (no stop words, calendar words or bare numbers). */
export function contentWords(text: string): Word[] {
  const words: Word[] = [];
  // `exec` on the one global pattern: `matchAll` would copy it for every sentence.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    const key = contentKey(raw);
    if (key !== null) words.push({ key, text: raw, start: match.index, end: match.index + raw.length });
  }
  return words;
}

// Keys by word as written, null for words that are not content words: a corpus repeats its vocabulary.
const keys = new Map<string, string | null>();

function contentKey(raw: string): string | null {
  let key = keys.get(raw);
  if (key === undefined) {
    if (keys.size >= MAX_NORMALIZED) keys.clear();
    const lower = raw.toLowerCase();
    keys.set(raw, (key = STOPWORDS.has(lower) || CALENDAR_WORDS.has(lower) || /^[\d,.\-]+$/.test(raw) ? null : normalizeWord(raw)));
  }
  return key;
}

// Alignment reads a sentence's words for its rarity, for each of its claims and for subjects. The
// report keeps the sentences, so alignment drops these words when it ends (`forgetSentenceWords`):
// kept, they were a fifth of what a compared story holds (15 of 75 MB at 3,000 articles).
let bySentence = new WeakMap<Sentence, readonly Word[]>();

/** `contentWords` of a sentence's text, computed once per sentence. */
export function sentenceWords(sentence: Sentence): readonly Word[] {
  let words = bySentence.get(sentence);
  if (!words) bySentence.set(sentence, (words = contentWords(sentence.text)));
  return words;
}

/** Drops the words `sentenceWords` kept; alignment calls it when it ends. */
export function forgetSentenceWords(): void {
  bySentence = new WeakMap();
}
