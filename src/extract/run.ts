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
    // Extractors share prefilters (a figure, a currency): each is tested once per sentence.
    const passed = new Map<RegExp, boolean>();
    for (const extractor of extractors) {
      if ('prefilter' in extractor && extractor.prefilter && !passes(extractor.prefilter, sentence.text, passed)) continue;
      for (const found of findAll(extractor, sentence, context)) {
        claims.push(toClaim(extractor.kind, found, sentence, context));
      }
    }
  }
  const refined = refiners.reduce((all, refine) => refine(all, context), sortClaims(claims));
  return sortClaims(refined);
}

/** Sort claims by position, then kind, so that every later stage sees a stable order. */
export function sortClaims<C extends AnyClaim>(claims: C[]): C[] {
  return claims.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

function passes(prefilter: RegExp, text: string, passed: Map<RegExp, boolean>): boolean {
  let result = passed.get(prefilter);
  if (result === undefined) passed.set(prefilter, (result = prefilter.test(text)));
  return result;
}

function findAll(extractor: Extractor, sentence: Sentence, context: Context): Found<Kind>[] {
  if ('scan' in extractor) return extractor.scan(sentence, context);
  const { pattern } = extractor;
  pattern.lastIndex = 0;
  const out: Found<Kind>[] = [];
  for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const found = extractor.extract(match, sentence, context);
    if (!found) continue;
    for (const one of Array.isArray(found) ? found : [found]) {
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
