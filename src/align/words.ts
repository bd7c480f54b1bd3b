/** Content words: the vocabulary that alignment compares. */
import { normalizeWord } from '../kinds/words.js';
import { CALENDAR_WORDS, STOPWORDS } from '../lexicon/stopwords.js';
import { memo } from '../memo.js';
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

/** The words of one alignment: content words of texts and sentences, each worked out once. */
export interface Vocabulary {
  /** The content words of `text` (no stop words, calendar words or bare numbers). */
  words(text: string): Word[];
  /** The content words of a sentence's text. */
  ofSentence(sentence: Sentence): readonly Word[];
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-‐'’‘]*[\p{L}\p{N}])?/gu;

/** The key of a word as written, or null for a word that says nothing of a subject. */
function contentKey(raw: string): string | null {
  const lower = raw.toLowerCase();
  return STOPWORDS.has(lower) || CALENDAR_WORDS.has(lower) || /^[\d,.\-]+$/.test(raw) ? null : normalizeWord(raw);
}

/** A vocabulary for one alignment: a corpus repeats its words, and each is normalized once. */
export function vocabulary(): Vocabulary {
  const keyOf = memo(contentKey);
  const words = (text: string): Word[] => {
    const found: Word[] = [];
    for (const match of text.matchAll(WORD)) {
      const key = keyOf(match[0]);
      if (key !== null) found.push({ key, text: match[0], start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
  const bySentence = new Map<Sentence, readonly Word[]>();
  return {
    words,
    ofSentence(sentence) {
      let found = bySentence.get(sentence);
      if (!found) bySentence.set(sentence, (found = words(sentence.text)));
      return found;
    },
  };
}
