/** Words as the kinds compare them: one normal form per word, a person's key, a text shortened for display. */
import { SPELLING } from '../lexicon/spelling.js';
import { SYNONYMS } from '../lexicon/synonyms.js';
import { lemmatize } from './lemmatize.js';

/** The normalized form of one word (`Belarus’s` → `belarus`, `troops` → `troop`, `ballot` → `vote`, `colour` → `color`). */
export function normalizeWord(word: string): string {
  const written = word.toLowerCase().replace(/[’'‘]s$/, '').replace(/‐/g, '-');
  const lower = SPELLING.get(written) ?? written;
  const synonym = SYNONYMS.get(lower);
  if (synonym) return synonym;
  const single = /[\d-]/.test(lower) ? lower : lemmatize(lower);
  return SYNONYMS.get(single) ?? single;
}

/** The key of a person: the normalized surname (`Igor Korotchenko` → `korotchenko`). */
export function personKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  return normalizeWord(parts[parts.length - 1] ?? '');
}

/** Cut `text` to at most `max` characters at a word boundary, with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
