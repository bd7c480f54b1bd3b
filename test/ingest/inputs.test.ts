/** Inputs that are not plain UTF-8 articles: each is refused with one sentence, or read with a warning. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatBytes, ingest, parseSize, readSources } from '../../src/ingest/index.js';
import { compareSources, toJson } from '../../src/index.js';
import { tempFolder } from '../temp.js';

const root = tempFolder('crosscheck-inputs-');
let count = 0;

/** Write `content` to a fresh folder as `name`; returns the path as ingest names it. */
function file(name: string, content: string | Uint8Array): string {
  const folder = join(root, String(count++).padStart(3, '0'));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, content);
  return shown(path);
}

function shown(path: string): string {
  return relative('.', path).split(sep).join('/');
}

const ARTICLE = 'Ferry line reopens after strike\nThe ferries sailed again on May 2 after 14 weeks, said Ana Lee.\n';

async function refusal(path: string): Promise<string> {
  const error: unknown = await ingest([path]).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe('empty files', () => {
  it('refuses an empty file', async () => {
    const path = file('empty.txt', '');
    expect(await refusal(path)).toBe(`\`${path}\` is empty: add the article's text or leave the file out`);
  });

  it.each([
    ['spaces and line ends', ' \n\r\n\t \n'],
    ['a BOM and a line end', '\uFEFF\n'],
    ['no-break spaces', '\u00A0\u3000\n'],
  ])('refuses a file of only white space: %s', async (_name, content) => {
    const path = file('blank.txt', content);
    expect(await refusal(path)).toBe(`\`${path}\` holds only white space: add the article's text or leave the file out`);
  });
});

describe('binary files', () => {
  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ['a PDF document', [...Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n', 'latin1')]],
    ['a ZIP archive (Word .docx and EPUB files are ZIP archives too)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
    ['a GIF image', [...Buffer.from('GIF89a', 'latin1'), 1, 0]],
  ])('names %s renamed .txt', async (name, bytes) => {
    const path = file('photo.txt', Uint8Array.from(bytes));
    expect(await refusal(path)).toBe(`\`${path}\` is ${name}, not text: convert it to plain text or leave it out`);
  });

  it('refuses any other file holding a NUL byte, saying where', async () => {
    const path = file('data.txt', Buffer.concat([Buffer.from('Looks like text at first, café'), Buffer.from([0, 1, 2, 3])]));
    expect(await refusal(path)).toBe(`\`${path}\` holds binary data (a NUL byte at byte 31), not text: save it as UTF-8 text or leave it out`);
  });

  it('refuses UTF-16 without a BOM (it is full of NUL bytes)', async () => {
    const path = file('wide.txt', Buffer.from(ARTICLE, 'utf16le'));
    expect(await refusal(path)).toMatch(/holds binary data \(a NUL byte at byte 1\)/);
  });
});

describe('invalid UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('Ferry line reopens after strike\nThe caf'), Buffer.from([0xe9]), Buffer.from(' reopened on May 2 after 14 weeks, up from '), Buffer.from([0xff, 0xfe]), Buffer.from(' 10 weeks.\n')]);

  it('decodes it exactly as readFileSync(…, "utf8") does', async () => {
    const path = file('latin.txt', bytes);
    const [source] = await ingest([path]);
    expect(source?.text).toBe(readFileSync(path, 'utf8'));
  });

  it('warns once with the first bad byte, its place and the count', async () => {
    const path = file('latin.txt', bytes);
    const [source] = await ingest([path]);
    expect(source?.file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '2:8 Invalid UTF-8: 3 invalid byte sequences read as U+FFFD (�), the first at byte 39; save the file as UTF-8',
    ]);
    expect(source?.text.split('\n')[1]?.charAt(7)).toBe('\uFFFD');
  });

  it('still finds claims with exact offsets around the replacement characters', async () => {
    const path = file('latin.txt', bytes);
    const comparison = compareSources(await ingest([path]));
    const text = readFileSync(path, 'utf8');
    const claims = JSON.parse(toJson(comparison)).groups.flatMap((g: { claims: unknown[] }) => g.claims);
    expect(claims.map((c: { text: string }) => c.text).sort()).toEqual(['10 weeks', '14 weeks', 'May 2']);
    for (const claim of claims) expect(text.slice(claim.position.start.offset, claim.position.end.offset)).toBe(claim.text);
  });
});

describe('UTF-16 with a BOM', () => {
  it.each([
    ['little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
    ['big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])],
  ])('decodes %s text, keeps the BOM as U+FEFF and warns that positions index the decoded text', async (order, bytes) => {
    const path = file('wide.txt', bytes);
    const [source] = await ingest([path]);
    expect(source?.text).toBe(`\uFEFF${ARTICLE}`);
    expect(source?.title).toBe('Ferry line reopens after strike');
    expect(source?.file.messages.map((m) => m.reason)).toEqual([
      `Read as UTF-16 (${order}, with a BOM): positions index the decoded text, not the file's bytes; save it as UTF-8 so that other tools agree`,
    ]);
    const claim = compareSources([source!]).groups.flatMap((g) => g.claims).find((c) => c.kind === 'duration');
    expect(claim && source?.text.slice(claim.start, claim.end)).toBe('14 weeks');
  });
});

describe('a UTF-8 BOM', () => {
  it('stays in the text, so offsets match readFileSync, but not in the title or sentences', async () => {
    const path = file('bom.txt', `\uFEFF${ARTICLE}`);
    const [source] = await ingest([path]);
    expect(source?.text).toBe(readFileSync(path, 'utf8'));
    expect(source?.text.charAt(0)).toBe('\uFEFF');
    expect(source?.title).toBe('Ferry line reopens after strike');
    const claims = compareSources([source!]).groups.flatMap((g) => g.claims);
    expect(claims.map((c) => c.sentence.text).some((s) => s.includes('\uFEFF'))).toBe(false);
    for (const claim of claims) expect(source?.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('leaves Markdown offsets exact although the Markdown parser drops the BOM', async () => {
    const path = file('bom.md', '\uFEFF# Ferry line reopens after strike\n\nThe ferries sailed again on May 2 after 14 weeks.\n');
    const [source] = await ingest([path]);
    expect(source?.title).toBe('Ferry line reopens after strike');
    const claims = compareSources([source!]).groups.flatMap((g) => g.claims);
    expect(claims.map((c) => c.text).sort()).toEqual(['14 weeks', 'May 2']);
    for (const claim of claims) expect(source?.text.slice(claim.start, claim.end)).toBe(claim.text);
    for (const claim of claims) expect(claim.sentence.text).toBe('The ferries sailed again on May 2 after 14 weeks.');
  });
});

describe('the size limit', () => {
  it('refuses a 50 MB file by default, before reading it, with the size and the limit', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, 50 * 1024 * 1024);
    expect(await refusal(path)).toBe(`\`${path}\` is 52.4 MB, over the 10 MB limit: split it or raise --max-bytes`);
  });

  it('takes another limit from `maxBytes`', async () => {
    const path = file('article.txt', ARTICLE);
    await expect(ingest([path], { maxBytes: 50 })).rejects.toThrow(`\`${path}\` is ${ARTICLE.length} bytes, over the 50-byte limit: split it or raise --max-bytes`);
    expect(await ingest([path], { maxBytes: ARTICLE.length })).toHaveLength(1);
  });

  it('says the exact size when rounding would show the limit itself', async () => {
    const path = file('edge.txt', '');
    truncateSync(path, 10_000_001);
    expect(await refusal(path)).toBe(`\`${path}\` is 10000001 bytes, over the 10000000-byte limit: split it or raise --max-bytes`);
  });

  it.each([
    ['20MB', 20_000_000],
    ['500 kB', 500_000],
    ['1.5m', 1_500_000],
    ['20000000', 20_000_000],
    ['0', null],
    ['ten', null],
    ['5 TB', null],
  ])('parses the size %j', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each([
    [52_428_800, '52.4 MB'],
    [10_000_000, '10 MB'],
    [1_500, '1.5 kB'],
    [1, '1 byte'],
  ])('formats %d bytes as %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('sets of files', () => {
  it('reads a folder of 5,000 articles', async () => {
    const folder = join(root, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 5000; i++) writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), `Story number ${i} of the set\nThe ferries sailed ${i} times.\n`);
    const sources = await ingest([folder]);
    expect(sources).toHaveLength(5000);
    expect(sources[4999]?.id).toBe('a4999');
  }, 30_000);

  it('refuses two files with the same id in different folders, naming both', async () => {
    const one = file('ferry.txt', ARTICLE);
    const two = file('ferry.txt', `${ARTICLE}More text.\n`);
    await expect(ingest([two, one])).rejects.toThrow(`\`${one}\` and \`${two}\` have the same id \`ferry\`: rename one`);
  });

  it('leaves out a copy with the same text, keeping the first by path, and warns on the copy', async () => {
    const first = file('wire.txt', ARTICLE);
    const copy = file('paper.txt', ARTICLE);
    const other = file('radio.txt', `${ARTICLE}A third view.\n`);
    const { sources, skipped } = await readSources([other, copy, first]);
    expect(sources.map((s) => s.path)).toEqual([other, first]);
    expect(skipped.map((f) => [f.path, f.messages.map((m) => `${m.ruleId}: ${m.reason}`)])).toEqual([
      [copy, [`duplicate: Left out: same text as \`${first}\`; a copy is not a second source`]],
    ]);
  });

  it('leaves out an identical copy even when it has the same id (no clash left to report)', async () => {
    const first = file('ferry.txt', ARTICLE);
    const copy = file('ferry.txt', ARTICLE);
    const { sources, skipped } = await readSources([copy, first]);
    expect(sources.map((s) => s.path)).toEqual([first]);
    expect(skipped.map((f) => f.path)).toEqual([copy]);
  });
});

describe('files without a size', () => {
  it('reads a device only up to the limit: /dev/zero stops at the limit instead of filling memory', async () => {
    await expect(ingest(['/dev/zero'], { maxBytes: 1000 })).rejects.toThrow(`\`${shown('/dev/zero')}\` is over the 1 kB limit: split it or raise --max-bytes`);
  });

  it.skipIf(process.platform === 'win32')('reads a pipe to its end, over many reads, in order', async () => {
    const path = join(root, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    // Numbered lines, so that any chunk read twice, lost or out of order changes the text.
    const text = Array.from({ length: 8000 }, (_, i) => `Line ${i} of the article says the ferries sailed again.\n`).join('');
    // Another process copies it from a file into the pipe: reads block this one until the pipe has data or is closed.
    const copy = `${path}.source`;
    writeFileSync(copy, text);
    spawn(process.execPath, ['-e', `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(path)}, fs.readFileSync(${JSON.stringify(copy)}))`]);
    const [source] = await ingest([path]);
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(source?.text).toBe(text);
  });
});
