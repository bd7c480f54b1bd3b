/**
 * The extraction runner: runs every extractor over every sentence, turns what they found into
 * claims with exact offsets and text, then folds the claims through the refiners in order.
 */
import type { AnyClaim, Kind, Sentence } from '../model.js';
import type { Context, Extractor, Found, Refiner } from './types.js';

/** Extract the claims of one source: extractors per sentence, then refiners in order. */
export function runExtractors(extractors: readonly Extractor[], refiners: readonly Refiner[], context: Context): AnyClaim[] {
  const claims: AnyClaim[] = [];
  // Extractors share prefilters (a figure, a currency): each is tested once per sentence, at most.
  const prefilters = [...new Set(extractors.map(prefilterOf).filter((prefilter) => prefilter !== undefined))];
  const slots = extractors.map((extractor) => {
    const prefilter = prefilterOf(extractor);
    return prefilter ? prefilters.indexOf(prefilter) : -1;
  });
  const passed = new Int8Array(prefilters.length);
  for (const sentence of context.sentences) {
    passed.fill(UNTESTED);
    for (let index = 0; index < extractors.length; index++) {
      const extractor = extractors[index] as Extractor;
      const slot = slots[index] as number;
      if (slot >= 0 && !passes(prefilters[slot] as RegExp, slot, sentence.text, passed)) continue;
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

const UNTESTED = 0;
const PASSED = 1;
const FAILED = 2;

function prefilterOf(extractor: Extractor): RegExp | undefined {
  return 'prefilter' in extractor ? extractor.prefilter : undefined;
}

function passes(prefilter: RegExp, slot: number, text: string, passed: Int8Array): boolean {
  if (passed[slot] === UNTESTED) passed[slot] = prefilter.test(text) ? PASSED : FAILED;
  return passed[slot] === PASSED;
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
