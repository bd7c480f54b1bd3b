import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainMapping } from '../../src/ingest/plain-mapping.js';

/** What the `yaml` library reads, or the error it throws. */
function library(text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    return error;
  }
}

// Keys and values near the edge of what YAML reads as plain text: numbers, dates, booleans,
// nulls, indicators, quotes, comments, trailing spaces, letters outside ASCII.
const key = fc.constantFrom('title', 'outlet', 'url', 'published', 'date', 'x', 'a-b', 'a_b', 'null', 'True', 'e', '__proto__', 'constructor', 'title ', '- title', '"title"', 'Título');
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Roads agency statement', 'Elmby Roads Agency', '2022-04-15', '2022', '1e3', '0x1F', '0o17', '.5', '1.', '12.5%', 'NULL', '~', 'true', 'False', 'yes', 'no', '.inf', '.NaN', 'on', 'A.', 'U.S.', 'a, b', 'a - b', 'a: b', 'a #b', '#a', '"a"', "'a'", 'it’s', 'x (y)', 'a/b', 'a ', ' a', '', '𝐀lpha', 'é', '1 000', '-1', '+1', '[a]', '{a}', '&a', '*a', '!a', '|', '>', '%a', '@a', '`a`',
    'https://a.example/x', 'https://a.example/x/', 'http://x.example/?q=1&r=2#top', 'a:b', 'a:', 'a::b', 'a:/', 'a:,b', 'a: #b', 'a#b', 'a #b', 'a%20b', 'a~b', 'a+b', 'a_', 'x@y', 'a?', 'a=b', 'a=', 'a/', 'a:\tb') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  // URL-like runs: every character the fast path accepts in a value, and its neighbours.
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('a', 'h', '1', 'é'), fc.array(fc.constantFrom(...'a1:/?#=&%~+_@ .-–—,()’\'"[]{}!*|>\t'), { maxLength: 10 })).map(([first, rest]) => first + rest.join('')) },
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(': ', ': ', ': ', ':', ':  ', ' : '), value).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '# note', '  - item', '\tx: y', 'a: b\r') },
);
const yaml = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

describe('plainMapping', () => {
  it('reads what the yaml library reads, or leaves the text to it', () => {
    fc.assert(
      fc.property(yaml, (text) => {
        const fast = plainMapping(text);
        return fast === null || JSON.stringify(library(text)) === JSON.stringify(fast);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads plain front matter and leaves the rest to yaml', () => {
    expect(plainMapping('title: A bridge closes\noutlet: Elmby Post\npublished: 2022-04-15')).toEqual({ title: 'A bridge closes', outlet: 'Elmby Post', published: '2022-04-15' });
    expect(plainMapping('url: https://post.example/roads/bridge-closes?from=rss#top')).toEqual({ url: 'https://post.example/roads/bridge-closes?from=rss#top' });
    expect(['title: "Quoted"', 'published: 2022', 'title: a\ntitle: b', 'title: a # note', '', 'title: null', 'x: 1e3', 'x: 2.50', 'x: 0x1F', 'x: True', 'url: a: b', 'url: a #b', 'url: a:'].map(plainMapping)).toEqual(Array(13).fill(null));
  });
});
