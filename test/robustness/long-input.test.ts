/** Long inputs stay linear: a huge paragraph, thousands of chrome lines, a long line of `#`s. */
import { describe, expect, it } from 'vitest';
import { compareSources, toSource } from '../../src/index.js';
import { segment } from '../../src/segment/index.js';
import { CHUNK, splitSentences } from '../../src/segment/sentences.js';

const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** Every non-space character in exactly one span, spans in order and trimmed. */
function expectCover(text: string, spans: ReadonlyArray<{ start: number; end: number }>) {
  let last = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(last, span.start).trim()).toBe('');
    expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
    last = span.end;
  }
  expect(text.slice(last).trim()).toBe('');
}

describe('a huge paragraph', () => {
  it(`is segmented in pieces of at most ${CHUNK} characters, so 1 MB takes well under the quadratic 40 s`, () => {
    const text = 'The port said 300 ships came. '.repeat(35_000);
    let spans: ReturnType<typeof splitSentences> = [];
    expect(time(() => (spans = splitSentences(text)))).toBeLessThan(10_000);
    expect(spans).toHaveLength(35_000);
    expectCover(text, spans);
  });

  it('cuts only at sentence ends when it can, so no sentence is split', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} says the “port” was closed for ${i % 9} days.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(5 * CHUNK);
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
  });

  it('cuts at white space, then anywhere (never inside a surrogate pair), when there are no sentence ends', () => {
    for (const text of ['many words without any end '.repeat(3000), `${'x'.repeat(CHUNK - 1)}😀${'y'.repeat(2 * CHUNK)}`]) {
      const spans = splitSentences(text);
      expectCover(text, spans);
      for (const span of spans) expect(text.slice(span.start, span.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });

  it('keeps merging continuations across a cut: a quote spanning the cut stays one sentence', () => {
    const before = 'The port said ships came. '.repeat(Math.floor((CHUNK - 300) / 26));
    const quote = `“${'We will go on. '.repeat(40)}” she said.`;
    const spans = splitSentences(before + quote);
    expect((before + quote).slice(spans.at(-1)?.start, spans.at(-1)?.end)).toBe(quote);
  });

  it('runs the whole pipeline on a 90 kB one-paragraph article with exact offsets', () => {
    const text = `Ferry line reopens after strike\n${'The ferries sailed again on May 2 after 14 weeks of work. '.repeat(1_500)}\n`;
    const comparison = compareSources([toSource('huge.txt', text)]);
    const claims = comparison.groups.flatMap((g) => g.claims);
    expect(claims.length).toBeGreaterThan(2_900);
    expect(comparison.leftOut).toEqual([]);
    for (const claim of claims.slice(-50)) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  }, 60_000);
});

describe('many chrome lines', () => {
  it('leaves out 20,000 boilerplate lines in one sweep, not blocks × chrome', () => {
    const text = `Ferry line reopens after strike\n${'Share this article\nThe ferries sailed again.\n'.repeat(20_000)}`;
    const source = toSource('chrome.txt', text);
    expect(source.boilerplate).toHaveLength(20_000);
    let paragraphs = 0;
    expect(time(() => (paragraphs = segment(source).paragraphs.length))).toBeLessThan(3000);
    expect(paragraphs).toBe(20_001);
  });
});

describe('a Markdown heading line of 100,000 `#`s and spaces', () => {
  it('is read in linear time (no backtracking title pattern)', () => {
    const text = `# ${' #'.repeat(50_000)}x\n\nThe ferries sailed again on May 2.\n`;
    let title: string | null = null;
    expect(time(() => (title = toSource('long.md', text).title))).toBeLessThan(1000);
    expect(title).toMatch(/^#( #)+x$/);
  });
});
