/** Reading pages: the article without its chrome, claims at their place in the file, refusals and legacy charsets. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, compareSources, crosscheck, listFiles, toJson, toMarkdown, toPageSource, toSource } from '../../../src/index.js';
import { readSources } from '../../../src/ingest/index.js';
import { tempFolder } from '../../temp.js';
import { BODY, page } from './page.js';

const CHROME = {
  before: `<nav><ul><li><a href="/">Home</a></li><li><a href="/deals">Deals from $9 a month</a></li></ul></nav>
<div class="cookie-banner">We and our 300 partners use cookies. <button>Accept</button></div>
<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>`,
  after: `<section class="related"><h2>Related articles</h2><ul><li><a href="/a">Harbour fees rise by 40%</a></li></ul></section>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>It will cost $90 million, you watch, and take 5 years.</p></div></section>
<footer>© 2024 The Kessling Post, 14 Quay Street</footer>`,
};

async function claimsOf(html: string) {
  return compareSources([await toPageSource('page.html', html)]).groups.flatMap((group) => group.claims);
}

async function reportOf(html: string, name = 'page.html') {
  const folder = tempFolder('crosscheck-html-');
  const path = join(folder, name);
  writeFileSync(path, html);
  return { path, report: JSON.parse(toJson(await crosscheck([path]))) as { groups: Array<{ claims: Array<{ text: string; sentence: string; position: { start: { line: number; column: number; offset: number }; end: { offset: number } } }> }> } };
}

describe('reading a page', () => {
  it('gives no claims from navigation, banners, share buttons, related articles, comments or the footer', async () => {
    const texts = (await claimsOf(page(CHROME))).map((claim) => claim.text).sort();
    expect(texts).toEqual((await claimsOf(page())).map((claim) => claim.text).sort());
    expect(texts.join(' ')).not.toMatch(/\$9|300 partners|40%|\$90 million|5 years|2024/);
  });

  it('reads values from the decoded text: entities, &nbsp; and inline tags', async () => {
    const claims = await claimsOf(page());
    expect(claims.find((claim) => claim.kind === 'money')).toMatchObject({ text: '$3.5 million', value: { min: 3_500_000 } });
    expect(claims.find((claim) => claim.kind === 'quote')?.text).toBe('“We will not wait for the next storm,”');
  });

  it('points every claim at its place in the file: text is the file’s slice, entities and tags included', async () => {
    const { path, report } = await reportOf(page(CHROME));
    const file = (await import('node:fs')).readFileSync(path, 'utf8');
    const claims = report.groups.flatMap((group) => group.claims);
    for (const claim of claims) {
      const { start, end } = claim.position;
      expect(file.slice(start.offset, end.offset)).toBe(claim.text);
      const before = file.slice(0, start.offset);
      expect([start.line, start.column]).toEqual([before.split('\n').length, start.offset - before.lastIndexOf('\n')]);
      expect(claim.sentence).toContain(claim.text.split('\n')[0]);
    }
    expect(claims.map((claim) => claim.text)).toEqual(expect.arrayContaining(['$3.5&nbsp;million', '&ldquo;We will not wait for the next storm,&rdquo;']));
  });

  it('links each claim in the Markdown report to its line of the file', async () => {
    const comparison = compareSources([await toPageSource('page.html', page(CHROME))]);
    const money = comparison.groups.flatMap((g) => g.claims).find((claim) => claim.kind === 'money');
    const line = page(CHROME).split('\n').findIndex((text) => text.includes('<strong>$3.5')) + 1;
    expect(money && toMarkdown(comparison)).toContain(`(page.html#L${line})`);
  });

  it('keeps article text that looks like markup or a link as text in the report', async () => {
    const body = `${BODY}<p>Its sign, &lt;a href="/x"&gt;x&lt;/a&gt; [y](/e), cost $2,400, a clerk said.</p>`;
    const markdown = toMarkdown(compareSources([await toPageSource('page.html', page({ body }))]));
    const row = markdown.split('\n').find((line) => line.includes('$2,400')) ?? '';
    expect(row).toContain('sign, \\<a href="/x">x\\</a> \\[y]\\(/e), cost **$2,400**');
  });

  it('refuses a page with no article text, naming the file and what to do', async () => {
    const wall = '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><p>Sign in to keep reading.</p><input name="email"><button>Continue</button></form></body></html>';
    const read = readSources([(await reportPath(wall, 'wall.html'))]);
    await expect(read).rejects.toThrow(InputError);
    await expect(read).rejects.toThrow(/No article text found in `.*wall\.html`.*save the page that shows the whole article/);
  });

  it('refuses a page that is mostly links (an index)', async () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the harbour wall and its cost to the town</a></li>`).join('');
    await expect(toPageSource('index.html', page({ body: `<ul>${links}</ul><p>More stories tomorrow.</p>` }))).rejects.toThrow(/`index\.html` is mostly links/);
  });

  it('refuses a page nested too deep for the parser with an input error, not a crash', async () => {
    await expect(toPageSource('deep.html', page({ body: `${BODY}${'<div>'.repeat(20_000)}deep` }))).rejects.toThrow(/`deep\.html` nests its elements too deep/);
  });

  it('reads a page with a huge inline script in time linear in its size', async () => {
    const withScript = (bytes: number) => page({ before: `<script>${'var x = "<p>1 of 2</p>";\n'.repeat(bytes / 24)}</script>` });
    const time = async (html: string) => {
      const start = performance.now();
      await toPageSource('script.html', html);
      return performance.now() - start;
    };
    await time(withScript(100_000));
    const small = await time(withScript(1_000_000));
    const large = await time(withScript(5_000_000));
    expect(large / small).toBeLessThan(10);
    expect(large).toBeLessThan(15_000);
  }, 60_000);

  it('decodes a page as its <meta charset> or http-equiv says (windows-1252, ISO-8859-1), with a warning', async () => {
    for (const head of ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">']) {
      const html = page({ body: `${BODY}<p>The caf\u00e9 owner said the \u201cnew wall\u201d would save her \u00a31,200 a year.</p>` }).replace('<meta charset="utf-8">', head);
      const path = await reportPath(html, "legacy.html", "latin1");
      const [source] = (await readSources([path])).sources;
      expect(source?.text).toContain('The café owner said the “new wall” would save her £1,200');
      expect(source?.file.messages.map((m) => m.reason).join()).toMatch(/Read as windows-1252/);
    }
  });

  it('reads .html and .htm in folders and globs, and leaves toSource to text and Markdown', async () => {
    const folder = tempFolder('crosscheck-html-');
    for (const name of ['a.html', 'b.htm', 'c.txt', 'd.css']) writeFileSync(join(folder, name), 'x');
    expect((await listFiles([folder])).map((p) => p.split('/').pop())).toEqual(['a.html', 'b.htm', 'c.txt']);
    expect((await listFiles([`${folder}/*.htm*`])).map((p) => p.split('/').pop())).toEqual(['a.html', 'b.htm']);
    expect(() => toSource('a.html', page())).toThrow(/toPageSource/);
  });
});

async function reportPath(html: string, name: string, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const path = join(tempFolder('crosscheck-html-'), name);
  // As windows-1252 writes them: curly quotes are bytes 0x93 and 0x94.
  writeFileSync(path, encoding === 'latin1' ? Buffer.from(html.replace(/\u201c/g, '\x93').replace(/\u201d/g, '\x94'), 'latin1') : Buffer.from(html));
  return path;
}
