/**
 * Reading failures and concurrency, with node:fs's `statSync`, `openSync`, `open` and `closeSync`
 * replaced: tests run as root, where chmod cannot make a file unreadable, so the system errors are
 * injected; and files named `pipe…` are told to be pipes, which are opened through the thread pool.
 */
import * as realFs from 'node:fs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const injected = vi.hoisted(() => ({ errors: new Map<string, string>(), open: 0, most: 0, waiting: 0, mostWaiting: 0 }));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const name = (path: unknown) => String(path).split(/[\\/]/).pop() ?? '';
  const fail = (path: unknown, call: string) => {
    const code = injected.errors.get(name(path));
    if (code) throw Object.assign(new Error(`${code}: injected, ${call} '${String(path)}'`), { code });
  };
  const opened = (fd: number) => {
    injected.open++;
    injected.most = Math.max(injected.most, injected.open);
    return fd;
  };
  const statSync = ((path: realFs.PathLike, ...rest: []) => {
    fail(path, 'stat');
    const info = fs.statSync(path, ...rest);
    return name(path).startsWith('pipe') ? Object.assign(Object.create(Object.getPrototypeOf(info) as object) as realFs.Stats, info, { isFile: () => false }) : info;
  }) as typeof fs.statSync;
  const openSync = ((path: realFs.PathLike, ...rest: [realFs.OpenMode]) => {
    fail(path, 'open');
    return opened(fs.openSync(path, ...rest));
  }) as typeof fs.openSync;
  const open = ((path: realFs.PathLike, flags: realFs.OpenMode, callback: (error: NodeJS.ErrnoException | null, fd: number) => void) => {
    injected.waiting++;
    injected.mostWaiting = Math.max(injected.mostWaiting, injected.waiting);
    fs.open(path, flags, (error, fd) => {
      injected.waiting--;
      callback(error, error ? fd : opened(fd));
    });
  }) as typeof fs.open;
  const closeSync = ((fd: number) => {
    injected.open--;
    fs.closeSync(fd);
  }) as typeof fs.closeSync;
  const replaced = { statSync, openSync, open, closeSync };
  return { ...fs, ...replaced, default: { ...fs, ...replaced } };
});

const { ingest, InputError } = await import('../../src/ingest/index.js');

const folder = mkdtempSync(join(tmpdir(), 'crosscheck-read-'));
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
  it('reads regular files one at a time, and closes them all', async () => {
    injected.most = 0;
    expect(await ingest([folder])).toHaveLength(300);
    expect(injected.most).toBe(1);
    expect(injected.open).toBe(0);
  });

  it('waits for at most 16 pipes to open at once, and closes them all', async () => {
    injected.mostWaiting = 0;
    expect(await ingest([pipes])).toHaveLength(40);
    expect(injected.mostWaiting).toBe(16);
    expect(injected.open).toBe(0);
  });

  it('takes another bound from `concurrency`', async () => {
    injected.mostWaiting = 0;
    await ingest([pipes], { concurrency: 3 });
    expect(injected.mostWaiting).toBe(3);
  });

  it('refuses a file too big without opening it', async () => {
    mkdirSync(join(folder, 'big'));
    writeFileSync(join(folder, 'big', 'long.txt'), 'x'.repeat(200));
    injected.most = 0;
    await expect(ingest([join(folder, 'big')], { maxBytes: 100 })).rejects.toThrow(/is 200 bytes, over the 100-byte limit/);
    expect(injected.most).toBe(0);
  });
});
