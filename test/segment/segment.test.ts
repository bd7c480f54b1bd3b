import { describe, expect, it } from 'vitest';
import { toSource } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';

describe('segment', () => {
  it('gives a Markdown heading as one sentence without its surrounding spaces', () => {
    const { sentences } = segment(toSource('a.md', ' # Harbour reopens \u00A0\n\nShips sailed. Crews cheered.\n'));
    expect(sentences.map((s) => [s.text, s.heading])).toEqual([
      ['Harbour reopens', true],
      ['Ships sailed.', false],
      ['Crews cheered.', false],
    ]);
  });

  it('gives one paragraph per line of plain text and leaves site chrome out', () => {
    const { paragraphs, sentences } = segment(toSource('a.txt', 'Harbour reopens after storm\n\nShips sailed on Monday.\nCrews cheered.\n\nBack to top button\n'));
    expect(paragraphs).toHaveLength(3);
    expect(sentences.map((s) => s.text)).toEqual(['Harbour reopens after storm', 'Ships sailed on Monday.', 'Crews cheered.']);
  });
});
