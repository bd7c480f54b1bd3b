import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../src/segment/markdown-blocks.js';

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
