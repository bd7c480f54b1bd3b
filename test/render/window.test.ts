import { describe, expect, it } from 'vitest';
import { SENTENCE_CHARS, WINDOW_CHARS, sentenceWindow } from '../../src/render/window.js';
import type { AnyClaim } from '../../src/model.js';

/** A claim of `text` at `at` in a sentence of `sentence`. */
function claimIn(sentence: string, text: string): AnyClaim {
  const at = sentence.indexOf(text);
  return { kind: 'quantity', source: 's', start: at, end: at + text.length, text, sentence: { source: 's', start: 0, end: sentence.length, text: sentence, paragraph: 0, index: 0, heading: false }, value: { min: 1, max: 1, unit: 'ship', approximate: false } };
}

describe('sentenceWindow', () => {
  it('gives a short sentence whole', () => {
    const sentence = 'Port officials said 17 ships waited offshore.';
    expect(sentenceWindow(claimIn(sentence, '17 ships'))).toBe(sentence);
  });

  it('cuts a long sentence around the claim at word boundaries, marking each cut', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
    const sentence = `${words(80, 'before')} said 17 ships waited ${words(80, 'after')}`;
    const window = sentenceWindow(claimIn(sentence, '17 ships'));
    expect(sentence.length).toBeGreaterThan(SENTENCE_CHARS);
    expect(window).toMatch(/^…before\d+ .* said 17 ships waited after0 .* after\d+…$/);
    expect(window.length).toBeLessThanOrEqual(2 * WINDOW_CHARS + '17 ships'.length + 2);
  });

  it('keeps the claim whole, however long, and cuts a run without spaces anywhere', () => {
    const sentence = `${'x'.repeat(1000)} “${'y '.repeat(300)}” ${'z'.repeat(1000)}`;
    const quote = `“${'y '.repeat(300)}”`;
    const window = sentenceWindow(claimIn(sentence, quote));
    expect(window).toBe(`…${'x'.repeat(WINDOW_CHARS - 1)} ${quote} ${'z'.repeat(WINDOW_CHARS - 1)}…`);
  });
});
