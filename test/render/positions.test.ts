/** Line and column as the JSON contract and check-report.mjs count them: lines end at `\n` only. */
import { location } from 'vfile-location';
import { describe, expect, it } from 'vitest';
import { compareSources, toJson, toSource } from '../../src/index.js';
import { pointsOf } from '../../src/render/positions.js';

const pointAt = pointsOf();

/** The reference computation of check-report.mjs. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('pointAt', () => {
  it.each([
    ['LF', 'one\ntwo\nthree'],
    ['CRLF', 'one\r\ntwo\r\nthree'],
    ['lone CR', 'one\rtwo\rthree'],
    ['mixed', 'one\r\ntwo\rthree\nfour\r\r\nfive'],
    ['a final line end', 'one\r\n'],
  ])('agrees with a `\\n`-only count at every offset: %s', (_name, text) => {
    const source = toSource('a.txt', text);
    for (let offset = 0; offset <= text.length; offset++) expect(pointAt(source, offset)).toEqual({ ...lineColumn(text, offset), offset });
  });

  it('differs from vfile-location exactly where it breaks lines at a lone CR', () => {
    const text = 'one\rtwo';
    expect(location(text).toPoint(5)).toMatchObject({ line: 2, column: 2 });
    expect(pointAt(toSource('a.txt', text), 5)).toEqual({ line: 1, column: 6, offset: 5 });
  });
});

describe('claims in files with CR and CRLF line ends', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['mixed', '\r\r\n'],
  ])('keep exact slices and `\\n`-only points: %s', (_name, eol) => {
    const text = ['Ferry line reopens after strike', 'The ferries sailed again on May 2 after 14 weeks.', '“We are back at work,” said Ana Lee on May 3.', ''].join(eol);
    const source = toSource('a.txt', text);
    const report = JSON.parse(toJson(compareSources([source])));
    const claims = report.groups.flatMap((g: { claims: unknown[] }) => g.claims) as Array<{ text: string; position: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } }>;
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) {
      expect(text.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text);
      for (const point of [claim.position.start, claim.position.end]) expect({ line: point.line, column: point.column }).toEqual(lineColumn(text, point.offset));
    }
  });
});
