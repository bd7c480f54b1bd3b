/** The anchor for relative dates: the publication day, else the latest year the text states. */
import type { Sentence, Source } from '../model.js';
import type { Reference } from './types.js';

// Years inside names count too: `Zapad-2021`, `MILEX-2021`.
const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d,]|\.\d)/g;

/** Choose the reference for a source from its publication date or its sentences. */
export function findReference(source: Source, sentences: readonly Sentence[]): Reference {
  if (source.published) return { date: source.published, year: Number(source.published.slice(0, 4)), inferred: false };
  let latest: number | null = null;
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(match[1]));
  }
  return { date: null, year: latest, inferred: true };
}
