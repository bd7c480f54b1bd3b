/**
 * The extraction runner: runs every extractor over every sentence, turns what they found into
 * claims with exact offsets and text, then folds the claims through the refiners in order.
 */
import type { AnyClaim, Kind, Sentence } from '../model.js';
import type { Context, Extractor, Found, Refiner } from './types.js';

/** Extract the claims of one source: extractors per sentence, then refiners in order. */
export function runExtractors(extractors: readonly Extractor[], refiners: readonly Refiner[], context: Context): AnyClaim[] {
  const claims: AnyClaim[] = [];
  for (const sentence of context.sentences) {
    for (const extractor of extractors) {
      for (const found of findAll(extractor, sentence, context)) claims.push(toClaim(extractor.kind, found, sentence, context));
    }
  }
  const refined = refiners.reduce((all, refine) => refine(all, context), sortClaims(claims));
  return sortClaims(refined);
}

/** Sort claims by position, then kind, so that every later stage sees a stable order. */
export function sortClaims<C extends AnyClaim>(claims: C[]): C[] {
  return claims.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** What an extractor finds in a sentence, spans defaulting to the whole match. */
export function findAll<K extends Kind>(extractor: Extractor<K>, sentence: Sentence, context: Context): Found<K>[] {
  if ('scan' in extractor) return extractor.scan(sentence, context);
  const out: Found<K>[] = [];
  for (const match of sentence.text.matchAll(extractor.pattern)) {
    const found = extractor.extract(match, sentence, context);
    for (const one of found === null ? [] : Array.isArray(found) ? found : [found]) {
      out.push({ ...one, start: one.start ?? match.index, end: one.end ?? match.index + match[0].length });
    }
  }
  return out;
}

function toClaim(kind: Kind, found: Found<Kind>, sentence: Sentence, context: Context): AnyClaim {
  const start = sentence.start + (found.start ?? 0);
  const end = sentence.start + (found.end ?? sentence.text.length);
  const text = context.source.text.slice(start, end);
  return { kind, source: sentence.source, start, end, text, sentence, value: found.value } as AnyClaim;
}
