import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/align/subject.js';
import type { Word } from '../../src/align/words.js';

/** The general way: every word outside the span by distance, then the nearest in sentence order. */
function nearestBySorting(words: readonly Word[], from: number, to: number, count: number): Word[] {
  const outside = words.filter((w) => w.end <= from || w.start >= to);
  const distance = (w: Word) => (w.end <= from ? from - w.end : w.start - to);
  return outside
    .map((word, i) => ({ word, i, d: distance(word) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.word);
}

// Words in order without overlap, as `contentWords` finds them: gaps and lengths from 1 to 4.
const sentence = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 4 })), { maxLength: 14 }).map((shapes) => {
  let at = 0;
  return shapes.map(([gap, length], i): Word => {
    const start = at + gap;
    at = start + length;
    return { key: `w${i}`, text: `w${i}`, start, end: at };
  });
});

describe('nearest', () => {
  it('picks the words that sorting by distance would, in sentence order', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 5 }), (words, from, length, count) => {
        expect(nearest(words, from, from + length, count)).toEqual(nearestBySorting(words, from, from + length, count));
      }),
      { numRuns: 1000 },
    );
  });
});
