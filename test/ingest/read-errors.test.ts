/**
 * Reading failures and concurrency, with node:fs/promises' `stat` and `readFile` and node:fs's
 * `createReadStream` replaced: tests run as root, where chmod cannot make a file unreadable, so the
 * system errors are injected; and files named `pipe…` are told to be pipes, which are streamed.
 */
import type * as Fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../temp.js';

const injected = vi.hoisted(() => ({ errors: new Map<string, string>(), reading: 0, most: 0, streams: 0, reads: 0 }));

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof FsPromises>();
  const name = (path: unknown) => String(path).split(/[\\/]/).pop() ?? '';
  const fail = (path: unknown, call: string) => {
    const code = injected.errors.get(name(path));
    if (code) throw Object.assign(new Error(`${code}: injected, ${call} '${String(path)}'`), { code });
  };
  const stat = (async (path: Fs.PathLike) => {
    injected.reading++;
    injected.most = Math.max(injected.most, injected.reading);
    try {
      fail(path, 'stat');
      const info = await fs.stat(path);
      return name(path).startsWith('pipe') ? Object.assign(Object.create(Object.getPrototypeOf(info) as object) as Fs.Stats, info, { isFile: () => false, size: 0 }) : info;
    } finally {
      injected.reading--;
    }
  }) as typeof fs.stat;
  const readFile = (async (path: Fs.PathLike) => {
    injected.reads++;
    fail(path, 'open');
    return fs.readFile(path);
  }) as typeof fs.readFile;
  return { ...fs, stat, readFile, default: { ...fs, stat, readFile } };
});

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof Fs>();
  const createReadStream = ((path: Fs.PathLike, options: Parameters<typeof fs.createReadStream>[1]) => {
    injected.streams++;
    return fs.createReadStream(path, options);
  }) as typeof fs.createReadStream;
  return { ...fs, createReadStream, default: { ...fs, createReadStream } };
});

const { ingest, InputError } = await import('../../src/ingest/index.js');

const folder = tempFolder('crosscheck-read-');
for (let i = 0; i < 300; i++) writeFileSync(join(folder, `s${String(i).padStart(3, '0')}.txt`), `Story number ${i} of the set\nThe ferries sailed ${i} times.\n`);
const pipes = join(folder, 'pipes');
mkdirSync(pipes);
for (let i = 0; i < 40; i++) writeFileSync(join(pipes, `pipe${String(i).padStart(2, '0')}.txt`), `Pipe number ${i} of the set\nThe ferries sailed ${i} times.\n`);
const shown = (name: string) => relative('.', join(folder, name)).split(sep).join('/');

afterEach(() => injected.errors.clear());

describe('unreadable files', () => {
  it.each([
    ['EACCES', 'permission denied; check its permissions'],
    ['EPERM', 'permission denied; check its permissions'],
    ['ENOENT', 'it no longer exists; check the path'],
    ['EISDIR', 'it is a folder; name the folder itself to read its articles'],
    ['EIO', 'EIO: injected; check the file'],
  ])('says %s in words: what, which file, what to do', async (code, reason) => {
    injected.errors.set('s007.txt', code);
    const error = await ingest([folder]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`Cannot read \`${shown('s007.txt')}\`: ${reason}`);
  });

  it('reports the first unreadable file by path, whatever finishes first', async () => {
    injected.errors.set('s250.txt', 'EACCES');
    injected.errors.set('s040.txt', 'EACCES');
    await expect(ingest([folder])).rejects.toThrow(`Cannot read \`${shown('s040.txt')}\``);
  });
});

describe('bounded concurrency', () => {
  it('reads at most 16 files at once', async () => {
    injected.most = 0;
    expect(await ingest([folder])).toHaveLength(300);
    expect(injected.most).toBe(16);
  });

  it('takes another bound from `concurrency`', async () => {
    injected.most = 0;
    await ingest([folder], { concurrency: 3 });
    expect(injected.most).toBe(3);
  });

  it('streams what is not a regular file (a pipe, a device), up to the limit', async () => {
    injected.streams = 0;
    expect(await ingest([pipes])).toHaveLength(40);
    expect(injected.streams).toBe(40);
  });

  it('refuses a file too big without reading it', async () => {
    mkdirSync(join(folder, 'big'));
    writeFileSync(join(folder, 'big', 'long.txt'), 'x'.repeat(200));
    injected.reads = 0;
    await expect(ingest([join(folder, 'big')], { maxBytes: 100 })).rejects.toThrow(/is 200 bytes, over the 100-byte limit/);
    expect(injected.reads).toBe(0);
  });
});
