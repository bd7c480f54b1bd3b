import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DAY, MONTH } from '../../src/extract/dates/patterns.js';
import { findReference } from '../../src/extract/reference.js';
import type { Reference } from '../../src/extract/types.js';
import type { Sentence, Source } from '../../src/model.js';

// The general definition the year prefilter in reference.ts stands in for: every sentence read.
const YEAR = /(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)/g;
const DATED_YEAR = new RegExp(`(?:${MONTH}\\s+(?:${DAY},?\\s+)?|${DAY}\\s+${MONTH},?\\s+)(1[89]\\d\\d|20\\d\\d)(?!\\d)|(?<!\\d)(1[89]\\d\\d|20\\d\\d)-[01]\\d-[0-3]\\d(?!\\d)`, 'g');
const BOUND = /\b(?:since|by|until|till|through|before|after)\s+$/i;

function generalReference(sentences: readonly Sentence[]): Reference {
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

const piece = fc.constantFrom('March', 'Mar.', '4', '4th', '2026', '1899', '1799', '2100', '2026-03-04', '19', '20', '26', '-', ',', '.', ' ', 'since', 'in', 'by', 'Zapad', 'x');
const joint = fc.constantFrom('', ' ', ' ', ', ');
const sentence = fc.array(fc.tuple(piece, joint), { maxLength: 10 }).map((parts) => ({ text: parts.map(([word, space]) => word + space).join('') }) as Sentence);
const source = { published: null } as unknown as Source;

describe('the reference year prefilter', () => {
  it('gives the reference that reading every sentence gives', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 4 }), (sentences) => JSON.stringify(findReference(source, sentences)) === JSON.stringify(generalReference(sentences))),
      { numRuns: 3000 },
    );
  });
});
