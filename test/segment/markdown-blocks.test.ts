import { describe, expect, it } from 'vitest';
import { MAX_PART, markdownBlocks } from '../../src/segment/markdown-blocks.js';

describe('markdownBlocks', () => {
  it('gives each paragraph and heading from its first inline node to its last', () => {
    const text = '# Title #  \n\nSub\n===\n\n> Quoted *words*  \n> go on   \n\n- item\n\n      code\n\n[a]: /u\n';
    expect(markdownBlocks(text).map(({ start, end, heading }) => [text.slice(start, end), heading])).toEqual([
      ['Title', true],
      ['Sub', true],
      ['Quoted *words*  \n> go on', false],
      ['item', false],
    ]);
  });
});

describe('Markdown of hostile shapes', () => {
  it('reads quotes nested thousands deep without overflowing the stack (the deepest a part can nest)', () => {
    const text = `${'> '.repeat(2_400)}The ferry sailed.\n`;
    expect(markdownBlocks(text).map(({ start, end }) => text.slice(start, end))).toEqual(['The ferry sailed.']);
  });

  it('reads a part longer than MAX_PART as plain lines, and the other parts as Markdown', () => {
    const long = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i % 30)}- item ${i}`).join('\n');
    const text = `# Title\n\n*Short* paragraph.\n\n${long}\n`;
    expect(long.length).toBeGreaterThan(MAX_PART);
    const blocks = markdownBlocks(text).map(({ start, end, heading }) => [text.slice(start, end), heading]);
    expect(blocks.slice(0, 4)).toEqual([['Title', true], ['*Short* paragraph.', false], ['- item 0', false], ['- item 1', false]]);
    expect(blocks).toHaveLength(402);
  });

  it('keeps a fenced code block whole across its blank lines', () => {
    const text = 'Before.\n\n```\ncode\n\nnot a paragraph\n```\n\nAfter.\n';
    expect(markdownBlocks(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Before.', 'After.']);
  });
});
