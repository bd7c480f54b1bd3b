/**
 * Reading failures and concurrency, with `open` from node:fs/promises replaced: tests run as
 * root, where chmod cannot make a file unreadable, so the system errors are injected.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const injected = vi.hoisted(() => ({ errors: new Map<string, string>(), open: 0, most: 0 }));

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const code = injected.errors.get(String(path).split(/[\\/]/).pop() ?? '');
    if (code) throw Object.assign(new Error(`${code}: injected, open '${String(path)}'`), { code });
    injected.open++;
    injected.most = Math.max(injected.most, injected.open);
    const handle = await fs.open(path, ...rest);
    const close = handle.close.bind(handle);
    handle.close = async () => {
      injected.open--;
      return close();
    };
    return handle;
  };
  return { ...fs, open, default: { ...fs, open } };
});

const { ingest, InputError } = await import('../../src/ingest/index.js');

const folder = mkdtempSync(join(tmpdir(), 'crosscheck-read-'));
for (let i = 0; i < 300; i++) writeFileSync(join(folder, `s${String(i).padStart(3, '0')}.txt`), `Story number ${i} of the set\nThe ferries sailed ${i} times.\n`);
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
  it('never holds more than 16 files open at once, and closes them all', async () => {
    injected.most = 0;
    expect(await ingest([folder])).toHaveLength(300);
    expect(injected.most).toBeGreaterThan(1);
    expect(injected.most).toBeLessThanOrEqual(16);
    expect(injected.open).toBe(0);
  });

  it('takes another bound from `concurrency`', async () => {
    injected.most = 0;
    await ingest([folder], { concurrency: 3 });
    expect(injected.most).toBe(3);
  });

  it('closes the file it refused as too big', async () => {
    mkdirSync(join(folder, 'big'));
    writeFileSync(join(folder, 'big', 'long.txt'), 'x'.repeat(200));
    await expect(ingest([join(folder, 'big')], { maxBytes: 100 })).rejects.toThrow(/is 200 bytes, over the 100-byte limit/);
    expect(injected.open).toBe(0);
  });
});
