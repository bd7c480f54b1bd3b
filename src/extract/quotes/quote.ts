/** The quote extractor: quotations in a sentence, with their speaker when the sentence names one (no library names speakers: DESIGN.md). */
import type { Found, ScanExtractor } from '../types.js';
import { attribute } from './attribution.js';
import { findQuotes, wordsOf } from './marks.js';

const FUNCTION_WORDS = new Set(['the', 'of', 'with', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'at', 'by', 'or', 'from']);

/** Quotations that are somebody's words; names in quotation marks and scare quotes are left out. */
export const quoteExtractor: ScanExtractor<'quote'> = {
  kind: 'quote',
  scan(sentence, context) {
    const quotes = findQuotes(sentence.text);
    const found: Found<'quote'>[] = [];
    for (const quote of quotes) {
      const words = wordsOf(sentence.text, quote);
      const count = words.split(/\s+/).length;
      if (!/\p{L}/u.test(words) || isName(words)) continue;
      const attribution = attribute(sentence, quote, quotes, context);
      // Unattributed, a quote must open its sentence (a quote paragraph) or be long: short ones are scare quotes.
      if (attribution.kind === 'none' && !(quote.start === 0 && count >= 3) && count < 10) continue;
      const speaker = attribution.kind === 'named' ? attribution.speaker : null;
      found.push({ value: { speaker, words }, start: quote.start, end: quote.end });
    }
    return found;
  },
};

/** True for a title or name in quotation marks: every word but function words is capitalized. */
function isName(words: string): boolean {
  const content = words.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()));
  return content.length <= 12 && content.every((word) => /^[^\p{L}]*[\p{Lu}]/u.test(word));
}
