/**
 * The extraction runner: runs every extractor over every sentence, turns what they found into
 * claims with exact offsets and text, then folds the claims through the refiners in order.
 */
import type { AnyClaim, Kind, Sentence } from '../model.js';
import type { Context, Extractor, Found, Refiner } from './types.js';

/**
 * Extract the claims of one source: extractors per sentence, then refiners in order. Once `most`
 * claims are found, the sentences after are not read: `leftOut` is where they start, else null.
 */
export function runExtractors(extractors: readonly Extractor[], refiners: readonly Refiner[], context: Context, most = Infinity): { claims: AnyClaim[]; leftOut: number | null } {
  const claims: AnyClaim[] = [];
  let leftOut: number | null = null;
  // The run's own copy of each pattern, whose `lastIndex` the loop below moves (`matchAll` would
  // copy the pattern for every sentence, and a page can hold a million lines).
  const patterns = extractors.map((extractor) => ('pattern' in extractor ? new RegExp(extractor.pattern) : null));
  for (const sentence of context.sentences) {
    if (claims.length >= most) {
      leftOut = sentence.start;
      break;
    }
    extractors.forEach((extractor, i) => {
      for (const found of findAll(extractor, sentence, context, patterns[i])) claims.push(toClaim(extractor.kind, found, sentence, context));
    });
  }
  const refined = refiners.reduce((all, refine) => refine(all, context), sortClaims(claims));
  return { claims: sortClaims(refined), leftOut };
}

/** Sort claims by position, then kind, so that every later stage sees a stable order. */
export function sortClaims<C extends AnyClaim>(claims: C[]): C[] {
  return claims.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** What an extractor finds in a sentence, spans defaulting to the whole match; `pattern` is the run's copy of the extractor's. */
export function findAll<K extends Kind>(extractor: Extractor<K>, sentence: Sentence, context: Context, pattern: RegExp | null = null): Found<K>[] {
  if ('scan' in extractor) return extractor.scan(sentence, context);
  const out: Found<K>[] = [];
  const own = pattern ?? new RegExp(extractor.pattern);
  own.lastIndex = 0;
  for (let match = own.exec(sentence.text); match; match = own.exec(sentence.text)) {
    if (match[0].length === 0) own.lastIndex++;
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
