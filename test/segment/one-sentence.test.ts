import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from '../../src/segment/sentences.js';

// Pieces of news text, with the characters that end or separate sentences, in any language.
const piece = fc.constantFrom('The', ' ', 'mayor', 'said', ',', '“', '”', '"', "'", '’', '(', ')', '[', ']', '12', '3.5', 'Dr.', 'U.S.', '.', '!', '?', '…', '\n', '\t', '。', '؟', '।', 'é', 'Ł', '–', '—', '€', '$', '%', ':', ';', '-', 'e.g.', '\u2028', '\u0085', '¿', '·', '  ');
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('splitSentences', () => {
  it('gives what the segmenter path gives, for any text', () => {
    fc.assert(fc.property(text, (value) => JSON.stringify(splitSentences(value)) === JSON.stringify(segmentSentences(value))), { numRuns: 5000 });
  });

  it('takes a one-sentence paragraph whole, and still splits two', () => {
    expect(splitSentences('The council met on Friday, said “Ms Ola”.')).toEqual([{ start: 0, end: 41 }]);
    expect(splitSentences('The council met. It voted.')).toEqual([{ start: 0, end: 16 }, { start: 17, end: 26 }]);
  });
});
