/** Bad inputs at the command line: one line on standard error, exit 2, nothing written; content problems are warnings. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../temp.js';

const CLI = resolve('dist/cli.js');
const work = tempFolder('crosscheck-cli-inputs-');
const ARTICLE = 'Ferry line reopens after strike\n\nThe ferries sailed again on May 2 after 14 weeks.\n';

/** A folder `name` holding a good article and `files`. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(join(work, name, 'sub'), { recursive: true });
  writeFileSync(join(work, name, 'good.txt'), ARTICLE);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(work, name, file), content);
  return name;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('inputs the command line refuses', () => {
  it.each([
    ['an empty file', { 'empty.txt': '' }, 'empty.txt', 'crosscheck: `{f}` is empty: add the article\'s text or leave the file out\n'],
    ['a file of white space', { 'blank.txt': '\uFEFF \r\n\n' }, 'blank.txt', 'crosscheck: `{f}` holds only white space: add the article\'s text or leave the file out\n'],
    ['a PNG renamed .txt', { 'photo.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }, 'photo.txt', 'crosscheck: `{f}` is a PNG image, not text: convert it to plain text or leave it out\n'],
    ['a PDF renamed .md', { 'paper.md': '%PDF-1.4\n' }, 'paper.md', 'crosscheck: `{f}` is a PDF document, not text: convert it to plain text or leave it out\n'],
    ['a file with NUL bytes', { 'data.txt': 'abc\0def' }, 'data.txt', 'crosscheck: `{f}` holds binary data (a NUL byte at byte 3), not text: save it as UTF-8 text or leave it out\n'],
  ])('exits 2 with one line for %s', (name, files, file, message) => {
    const dir = folder(name.replace(/\W+/g, '-'), files);
    const { code, out, err } = run(dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(message.replace('{f}', `${dir}/${file}`));
  });

  it('exits 2 for a 50 MB file, naming its size and the limit', () => {
    const dir = folder('huge', {});
    writeFileSync(join(work, dir, 'huge.txt'), '');
    truncateSync(join(work, dir, 'huge.txt'), 50 * 1024 * 1024);
    const { code, err } = run(dir);
    expect(code).toBe(2);
    expect(err).toBe(`crosscheck: \`${dir}/huge.txt\` is 52.4 MB, over the 10 MB limit: split it or raise --max-bytes\n`);
  });

  it('exits 2 for two files with the same id in different folders, naming both', () => {
    const dir = folder('clash', { 'sub/good.txt': `${ARTICLE}Another view.\n` });
    const { code, err } = run(dir, `${dir}/sub`);
    expect(code).toBe(2);
    expect(err).toBe(`crosscheck: \`${dir}/good.txt\` and \`${dir}/sub/good.txt\` have the same id \`good\`: rename one\n`);
  });

  it('refuses a 2 kB article under `--max-bytes 1kB`, naming the limit, and reads it under `--max-bytes 3kB`', () => {
    const dir = folder('limit', { 'long.txt': `${ARTICLE}${'More words follow here. '.repeat(85)}\n` });
    const refused = run(dir, '--max-bytes', '1kB');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(new RegExp(`^crosscheck: \`${dir}/long.txt\` is 2(\\.\\d)? kB, over the 1 kB limit: split it or raise --max-bytes\n$`));
    expect(run(dir, '--max-bytes', '3kB').code).toBe(0);
  });

  it('exits 2 for `--max-bytes ten` before reading anything', () => {
    const { code, out, err } = run('nowhere', '--max-bytes', 'ten');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('crosscheck: `--max-bytes ten` is not a size: give a number of bytes or a size such as 20MB or 500kB\n');
  });
});

describe('inputs the command line reads with a warning', () => {
  it('warns about invalid UTF-8 at its line and column, and still writes the report', () => {
    const dir = folder('latin', { 'latin.txt': Buffer.concat([Buffer.from('Ferry line reopens after strike\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' reopened on May 2.\n')]) });
    const { code, out, err } = run(dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Consistency report\n/);
    expect(err).toMatch(new RegExp(`${dir}/latin.txt\\n\\s*3:8\\s+warning\\s+Invalid UTF-8: 1 invalid byte sequence read as U\\+FFFD \\(�\\), the first at byte 40; save the file as UTF-8`));
  });

  it('warns that a UTF-16 file is read as decoded text', () => {
    const dir = folder('wide', { 'wide.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace('14', '15'), 'utf16le')]) });
    const { code, err } = run(dir);
    expect(code).toBe(0);
    expect(err).toContain('Read as UTF-16 (little-endian, with a BOM): positions index the decoded text');
  });

  it('leaves out an identical copy: one source in the report', () => {
    const dir = folder('copies', { 'copy.txt': ARTICLE });
    const { code, out } = run(dir, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).sources.map((s: { path: string }) => s.path)).toEqual([`${dir}/copy.txt`]);
  });

  it('warns on the left-out copy that it duplicates the other file', () => {
    const dir = folder('copies2', { 'copy.txt': ARTICLE });
    const { code, err } = run(dir);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`${dir}/good.txt\\n.*Left out: same text as \`${dir}/copy.txt\`; a copy is not a second source`));
  });
});
