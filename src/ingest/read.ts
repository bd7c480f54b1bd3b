/**
 * Reading one article file into text, refusing what is not an article with one plain sentence:
 * - over `maxBytes` (its stated size, checked before reading it; then what is read): split it or raise the limit;
 * - a known binary format (a PNG, a PDF… renamed `.txt`), named; any other file holding a NUL;
 * - empty or only white space (a BOM counts as white space): nothing to compare;
 * - unreadable: the system's reason in words (permission denied, gone, a folder).
 * Invalid UTF-8 and UTF-16 are not refused: they are decoded (see decode.ts) and ingest warns.
 * A pipe or a device states no size and may never end (`/dev/zero`): it is read up to the limit.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { declaredCharset } from './charset.js';
import { decode, type Decoded } from './decode.js';
import { InputError } from './input-error.js';
import { overLimit } from './size.js';
import { sniffFormat } from './sniff.js';

/** Read, check and decode the file at `path`, at most `maxBytes` long. */
export async function readText(path: string, maxBytes: number): Promise<Decoded> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) throw new InputError(overLimit(path, info.size, maxBytes));
    bytes = info.isFile() ? await readFile(path) : await readAtMost(path, maxBytes + 1);
  } catch (error) {
    throw error instanceof InputError ? error : readError(path, error);
  }
  // A pipe or a device may go on past the limit; a file may have grown since `stat`.
  if (bytes.length > maxBytes) throw new InputError(overLimit(path, null, maxBytes));
  return check(path, bytes);
}

/** The first `most` bytes of a stream such as a pipe, or all of a shorter one. */
async function readAtMost(path: string, most: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { end: most - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Refuse binary and empty files; decode the others (a page as its `<meta charset>` says). */
export function check(path: string, bytes: Uint8Array): Decoded {
  const format = sniffFormat(bytes);
  if (format) throw new InputError(`\`${path}\` is ${format}, not text: convert it to plain text or leave it out`);
  const decoded = decode(bytes, isPage(path) ? declaredCharset(bytes) : null);
  const nul = decoded.text.indexOf('\0');
  if (nul >= 0) {
    const byte = decoded.encoding.startsWith('utf-16') ? 2 * nul : bytes.indexOf(0);
    throw new InputError(`\`${path}\` holds binary data (a NUL byte at byte ${byte}), not text: save it as UTF-8 text or leave it out`);
  }
  if (!bytes.length) throw new InputError(`\`${path}\` is empty: add the article's text or leave the file out`);
  if (!/\S/.test(decoded.text)) throw new InputError(`\`${path}\` holds only white space: add the article's text or leave the file out`);
  return decoded;
}

/** True for a page's path: `.html` or `.htm`. */
export function isPage(path: string): boolean {
  return /\.html?$/i.test(path);
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied; check its permissions',
  EPERM: 'permission denied; check its permissions',
  ENOENT: 'it no longer exists; check the path',
  EISDIR: 'it is a folder; name the folder itself to read its articles',
  ELOOP: 'its symbolic links form a loop; point the link at a file',
  EMFILE: 'too many files are open; close other programs or raise the limit (ulimit -n)',
  ENFILE: 'too many files are open; close other programs or raise the limit (ulimit -n)',
};

/** The input error for a failed read: what went wrong in words, and what to do. */
export function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // Node's own message repeats the path (`EIO: i/o error, open 'x'`): keep the reason only.
  const said = (error instanceof Error ? error.message : String(error)).replace(/, \w+ '.*'$/s, '');
  const reason = (code && REASONS[code]) ?? `${said}; check the file`;
  return new InputError(`Cannot read \`${path}\`: ${reason}`);
}

/** Map `items` through `fn` with at most `limit` calls running at once, keeping the order; the first failure by position wins. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const failures = new Map<number, unknown>();
  let next = 0;
  const worker = async () => {
    // Stop taking work after a failure: every item before it has been taken, so the lowest failing position is final.
    while (next < items.length && !failures.size) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        failures.set(index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.size) throw failures.get(Math.min(...failures.keys()));
  return results;
}
