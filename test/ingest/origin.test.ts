/** From offsets in a page's reading text to offsets in its file: a span covers the markup it was read from, never the markup around it. */
import { describe, expect, it } from 'vitest';
import { fileOffset } from '../../src/ingest/origin.js';
import type { Origin } from '../../src/model.js';

// Reading text `AT&T paid $4.2 million.` from the file `<p>AT&amp;T paid <b>$4.2&nbsp;million</b>.</p>`.
const file = '<p>AT&amp;T paid <b>$4.2&nbsp;million</b>.</p>';
const origin: Origin = {
  text: file,
  runs: [
    { at: 0, length: 2, fileAt: 3, fileLength: 2 }, // AT
    { at: 2, length: 1, fileAt: 5, fileLength: 5 }, // &amp;
    { at: 3, length: 7, fileAt: 10, fileLength: 7 }, // `T paid `
    { at: 10, length: 4, fileAt: 20, fileLength: 4 }, // $4.2
    { at: 14, length: 1, fileAt: 24, fileLength: 6 }, // &nbsp;
    { at: 15, length: 7, fileAt: 30, fileLength: 7 }, // million
    { at: 22, length: 1, fileAt: 41, fileLength: 1 }, // .
  ],
};
const slice = (start: number, end: number) => file.slice(fileOffset(origin, start, 'start'), fileOffset(origin, end, 'end'));

describe('fileOffset', () => {
  it.each([
    ['a span inside an inline tag leaves the tag out', 10, 22, '$4.2&nbsp;million'],
    ['a span over an entity takes it whole', 0, 4, 'AT&amp;T'],
    ['a span ending inside an entity ends after it', 0, 3, 'AT&amp;'],
    ['a span across a closing tag keeps it', 15, 23, 'million</b>.'],
    ['a span of one plain character', 5, 6, 'p'],
  ])('%s', (_name, start, end, expected) => {
    expect(slice(start, end)).toBe(expected);
  });

  it('maps an offset past the text to the end of the last run, and one before it to the first run', () => {
    expect(fileOffset(origin, 23, 'start')).toBe(42);
    expect(fileOffset(origin, 0, 'end')).toBe(3);
  });
});
