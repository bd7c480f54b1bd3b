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

/**
 * The anchor of a story, for sources that state no year at all: the latest publication year
 * among the sources, else the latest year any of them states; always inferred.
 */
export function storyReference(references: readonly Reference[]): Reference | null {
  const published = references.filter((r) => !r.inferred && r.year !== null).map((r) => r.year as number);
  const stated = references.filter((r) => r.year !== null).map((r) => r.year as number);
  const year = published.length ? Math.max(...published) : stated.length ? Math.max(...stated) : null;
  return year === null ? null : { date: null, year, inferred: true };
}
