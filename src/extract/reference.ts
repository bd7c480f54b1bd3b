/**
 * The anchor for relative dates: the publication day, else the latest year the text states in a
 * date (`March 4, 2026`, `in May 2025`), else the story's year. A bare year (`since 2019`, `a 2019
 * report`, `by 2030`) names a period the article talks about, not when it was written.
 */
import type { Sentence, Source } from '../model.js';
import { DAY, MONTH } from './dates/patterns.js';
import type { Reference } from './types.js';

// Years inside names count too: `Zapad-2021`, `MILEX-2021`; a comma after a year is punctuation.
const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)/g;
/** A year that belongs to a stated month or day: `March 2026`, `4 March, 2026`, `Mar. 4, 2026`, `2026-03-04`. */
const DATED_YEAR = new RegExp(`(?:${MONTH}\\s+(?:${DAY},?\\s+)?|${DAY}\\s+${MONTH},?\\s+)(1[89]\\d\\d|20\\d\\d)(?!\\d)|(?<!\\d)(1[89]\\d\\d|20\\d\\d)-[01]\\d-[0-3]\\d(?!\\d)`, 'g');
/** Words that make a bare year a bound of a period, far from the story's own time (`since 2019`, `by 2030`). */
const BOUND = /\b(?:since|by|until|till|through|before|after)\s+$/i;

/** Choose the reference for a source from its publication date or its sentences. */
export function findReference(source: Source, sentences: readonly Sentence[]): Reference {
  if (source.published) return { date: source.published, year: Number(source.published.slice(0, 4)), inferred: false };
  let dated: number | null = null;
  let named: number | null = null;
  for (const { text } of sentences) {
    for (const match of text.matchAll(DATED_YEAR)) dated = Math.max(dated ?? 0, Number(match[1] ?? match[2]));
    for (const match of text.matchAll(YEAR)) {
      if (!BOUND.test(text.slice(Math.max(0, match.index - 12), match.index))) named = Math.max(named ?? 0, Number(match[1]));
    }
  }
  return { date: null, year: dated, inferred: true, ...(named === null ? {} : { named }) };
}

/**
 * The anchor of a story, for sources that give no publication day: the latest publication day
 * among the sources (an undated article is most likely of the story's days: its weekdays are
 * read against that day), else the latest year any of them states; always inferred.
 */
export function storyReference(references: readonly Reference[]): Reference | null {
  const days = references.filter((r) => !r.inferred && r.date !== null).map((r) => r.date as string).sort();
  const latest = days[days.length - 1];
  if (latest) return { date: latest, year: Number(latest.slice(0, 4)), inferred: true };
  const stated = references.flatMap((r) => [r.year, r.named ?? null]).filter((y): y is number => y !== null);
  return stated.length ? { date: null, year: Math.max(...stated), inferred: true } : null;
}
