import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, ingest, listFiles, toSource } from '../../src/ingest/index.js';
import { tempFolder } from '../temp.js';

const chrome = (source: ReturnType<typeof toSource>) => source.boilerplate.map((s) => source.text.slice(s.start, s.end));

describe('toSource on plain text', () => {
  it('takes the headline, not a breadcrumb run together', () => {
    const source = toSource('news/harbour.txt', 'HomeNewsCoastWeather\n\nStorm closes the Tarnow harbour for two days\n\nThe harbour closed on Monday.\n');
    expect(source.id).toBe('harbour');
    expect(source.title).toBe('Storm closes the Tarnow harbour for two days');
    expect(source.text.slice(source.titleSpan?.start, source.titleSpan?.end)).toBe(source.title);
    expect(chrome(source)).toEqual(['HomeNewsCoastWeather']);
  });

  it('takes the first line as title when it is a headline', () => {
    expect(toSource('a.txt', 'Ferry service resumes after strike\nThe ferries sailed again.').title).toBe('Ferry service resumes after strike');
  });

  it('finds no title when the text starts with a sentence', () => {
    expect(toSource('a.txt', 'The ferries sailed again on Monday after a long strike.\nMore later.').title).toBeNull();
  });

  it.each([
    ['Back to top button'],
    ['Follow us everywhere and at any time. Our site has responsive design.'],
    ['Subscribe to our newsletter'],
    ['>>Be a reporter: Write and send your article.<<'],
    ['Editorial team'],
    ['Share this article'],
  ])('marks %j as boilerplate', (line) => {
    const source = toSource('a.txt', `Ferry service resumes after strike\n\nThe ferries sailed again.\n\n${line}\n`);
    expect(chrome(source)).toEqual([line]);
  });

  it('marks everything from "Related Articles" on as boilerplate', () => {
    const source = toSource('a.txt', 'Ferry service resumes after strike\n\nThe ferries sailed again.\n\nRelated Articles\n\nPort reopens after 40 days\n');
    expect(chrome(source)).toEqual(['Related Articles\n\nPort reopens after 40 days']);
  });

  it('keeps sentences that merely start like chrome words', () => {
    const source = toSource('a.txt', 'Ferry service resumes after strike\n\nSubscribers to the ferry pass will get 3 free trips.\n');
    expect(chrome(source)).toEqual([]);
  });
});

describe('toSource on Markdown', () => {
  it('reads front matter and starts the body after it', () => {
    const text = '---\ntitle: Ferries sail again\noutlet: Coast Wire\nurl: https://example.org/f\npublished: 2026-04-02\n---\n\nThe ferries sailed again.\n';
    const source = toSource('f.md', text);
    expect({ title: source.title, outlet: source.outlet, url: source.url, published: source.published }).toEqual({
      title: 'Ferries sail again',
      outlet: 'Coast Wire',
      url: 'https://example.org/f',
      published: '2026-04-02',
    });
    expect(text.slice(source.bodyStart)).toBe('\nThe ferries sailed again.\n');
  });

  it('warns about unknown front-matter keys', () => {
    const source = toSource('f.md', '---\ntitle: T\nmood: sunny\n---\nText.\n');
    expect(source.file.messages.map((m) => m.reason)).toEqual(['Unknown front-matter key `mood`: crosscheck reads title, outlet, url, published']);
  });

  it('trims any white space around a heading title, Unicode spaces included', () => {
    const source = toSource('f.md', '# \u2003Ferries sail again \u2003#\n\nText.\n');
    expect(source.title).toBe('Ferries sail again');
    expect(source.text.slice(source.titleSpan?.start, source.titleSpan?.end)).toBe('Ferries sail again');
  });

  it('takes the first heading as title without front matter', () => {
    expect(toSource('f.md', '# Ferries sail again\n\nText.\n').title).toBe('Ferries sail again');
  });

  it('says which file has malformed front matter', () => {
    expect(() => toSource('bad.md', '---\ntitle: [unclosed\n---\nText.\n')).toThrow(/Malformed front matter in `bad.md`/);
  });
});

describe('listFiles and ingest', () => {
  const root = tempFolder('crosscheck-ingest-');
  mkdirSync(join(root, 'story'));
  mkdirSync(join(root, 'story', 'deeper'));
  writeFileSync(join(root, 'story', 'b.md'), '---\ntitle: B\n---\nText.\n');
  writeFileSync(join(root, 'story', 'a.txt'), 'Headline of article A\n\nText.\n');
  writeFileSync(join(root, 'story', 'notes.json'), '{}');
  writeFileSync(join(root, 'story', 'deeper', 'c.txt'), 'Headline of article C\n');
  mkdirSync(join(root, 'empty'));

  it('expands a folder to its supported files, sorted, not recursive', async () => {
    expect((await listFiles([join(root, 'story')])).map((p) => p.split('/').pop())).toEqual(['a.txt', 'b.md']);
  });

  it('expands globs', async () => {
    expect((await listFiles([`${root}/story/**/*.txt`])).map((p) => p.split('/').pop())).toEqual(['a.txt', 'c.txt']);
  });

  it.each([
    ['a missing path', () => join(root, 'nope'), /Cannot find `.*nope`: check the path/],
    ['a folder without articles', () => join(root, 'empty'), /No .txt, .md or .html files in `.*empty`/],
    ['a glob that matches nothing', () => `${root}/*.html`, /No supported files match/],
  ])('rejects %s', async (_name, input, message) => {
    await expect(listFiles([input()])).rejects.toThrow(InputError);
    await expect(listFiles([input()])).rejects.toThrow(message);
  });

  it('reads sources sorted by id', async () => {
    expect((await ingest([join(root, 'story')])).map((s) => s.id)).toEqual(['a', 'b']);
  });
});
