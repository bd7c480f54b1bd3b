import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/segment/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['One sentence. Another one.', ['One sentence.', 'Another one.']],
    ['Gen. Mark Ilves spoke on Jan. 4 to reporters. Then he left.', ['Gen. Mark Ilves spoke on Jan. 4 to reporters.', 'Then he left.']],
    ['The letter was signed by J. R. Tolver in Vienna. It arrived late.', ['The letter was signed by J. R. Tolver in Vienna.', 'It arrived late.']],
    ['He said: “We are ready. We were always ready.” Then the vote began.', ['He said: “We are ready. We were always ready.”', 'Then the vote began.']],
    ['“We will rebuild. It will take time,” the mayor said. Crews arrived.', ['“We will rebuild. It will take time,” the mayor said.', 'Crews arrived.']],
    ['VALLETTA, (XY) – The port reopened. Ships queued.', ['VALLETTA, (XY) – The port reopened.', 'Ships queued.']],
    ['“The harbour in the spring … will reopen – I cannot say when – for ferries,” he said.', ['“The harbour in the spring … will reopen – I cannot say when – for ferries,” he said.']],
    ['The U.S. delegation arrived. Talks began.', ['The U.S. delegation arrived.', 'Talks began.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('a paragraph with no sentence end', () => {
  it('is cut into sentences of at most MAX_SENTENCE characters, at spaces, covering every word in order', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('is cut also when a quotation mark left open would join every piece', () => {
    const text = `“${'and the talks went on '.repeat(200)}`;
    for (const span of splitSentences(text)) expect(span.end - span.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
