/**
 * A tiny English noun lemmatizer for counted nouns (`troops` → `troop`, `countries` → `country`).
 * Hand-written: the only library that lemmatizes (compromise) costs many times the whole extraction
 * (DESIGN.md), and counted nouns need just a few suffix rules and a list of irregular plurals.
 */
import { INVARIANT_NOUNS, IRREGULAR_PLURALS, NOT_PLURAL } from '../lexicon/nouns.js';

/** True when a lowercase word has the form of a plural noun (`troops`, `people`, `aircraft`). */
export function isPlural(word: string): boolean {
  if (IRREGULAR_PLURALS[word] !== undefined || INVARIANT_NOUNS.has(word)) return true;
  if (NOT_PLURAL.has(word)) return false;
  return word.length > 2 && /[^s'’ui]s$/.test(word);
}

/** The singular of a lowercase noun: irregular plurals, then `-ies`, `-ches`/`-shes`/`-sses`/`-xes`, then `-s`. */
export function lemmatize(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  if (INVARIANT_NOUNS.has(word) || NOT_PLURAL.has(word) || !isPlural(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
