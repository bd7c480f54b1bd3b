/**
 * Reading one article file into text, refusing what is not an article with one plain sentence:
 * - over `maxBytes` (its stated size, checked before opening it; then what is read): split it or raise the limit;
 * - a known binary format (a PNG, a PDF… renamed `.txt`), named; any other file holding a NUL;
 * - empty or only white space (a BOM counts as white space): nothing to compare;
 * - unreadable: the system's reason in words (permission denied, gone, a folder).
 * Invalid UTF-8 and UTF-16 are not refused: they are decoded (see decode.ts) and ingest warns.
 * A regular file is opened, read and closed synchronously: an article is read in microseconds and
 * each trip to the thread pool costs more (3,000 articles: 564-792 -> 420-498 ms of CPU). A
 * pipe or device is opened through the thread pool, as its open waits for a writer: the other
 * inputs are opened meanwhile, whatever order the writers take.
 */
import { closeSync, open, openSync, readSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { decode, type Decoded } from './decode.js';
import { InputError } from './input-error.js';
import { overLimit } from './size.js';
import { sniffFormat } from './sniff.js';

/** Read, check and decode the file at `path`, at most `maxBytes` long. */
export async function readText(path: string, maxBytes: number): Promise<Decoded> {
  let bytes: Uint8Array;
  try {
    const info = statSync(path);
    // Refused before opening; the size is otherwise only where reading starts: it reads to the end.
    if (info.size > maxBytes) throw new InputError(overLimit(path, info.size, maxBytes));
    const fd = info.isFile() ? openSync(path, 'r') : await openWaiting(path, 'r');
    try {
      bytes = readAtMost(fd, info.size, maxBytes + 1);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw error instanceof InputError ? error : readError(path, error);
  }
  // A pipe or a device reports size 0 and may never end; a file may have grown since `stat`.
  if (bytes.length > maxBytes) throw new InputError(overLimit(path, null, maxBytes));
  return check(path, bytes);
}

const openWaiting = promisify(open);

/** Reused for the reads after the stated size: they find the end, or the part a file has grown by. */
const SCRATCH = Buffer.allocUnsafe(65_536);

/**
 * Read until the end or `most` bytes, whichever comes first: a regular file of `size` in one read
 * into a buffer of its size, then one empty read through SCRATCH (a 64 kB buffer per file was
 * garbage enough to add 30 MB to the peak memory of 3,000 articles).
 */
function readAtMost(fd: number, size: number, most: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  if (size > 0) {
    const first = Buffer.allocUnsafe(Math.min(size, most));
    total = readSync(fd, first, 0, first.length, null);
    chunks.push(first.subarray(0, total));
  }
  while (total < most) {
    const bytesRead = readSync(fd, SCRATCH, 0, Math.min(SCRATCH.length, most - total), null);
    if (!bytesRead) break;
    chunks.push(Buffer.from(SCRATCH.subarray(0, bytesRead)));
    total += bytesRead;
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** Refuse binary and empty files; decode the others. */
export function check(path: string, bytes: Uint8Array): Decoded {
  const format = sniffFormat(bytes);
  if (format) throw new InputError(`\`${path}\` is ${format}, not text: convert it to plain text or leave it out`);
  const decoded = decode(bytes);
  const nul = decoded.text.indexOf('\0');
  if (nul >= 0) {
    const byte = decoded.encoding === 'utf-8' ? bytes.indexOf(0) : 2 * nul;
    throw new InputError(`\`${path}\` holds binary data (a NUL byte at byte ${byte}), not text: save it as UTF-8 text or leave it out`);
  }
  if (!bytes.length) throw new InputError(`\`${path}\` is empty: add the article's text or leave the file out`);
  if (!/\S/.test(decoded.text)) throw new InputError(`\`${path}\` holds only white space: add the article's text or leave the file out`);
  return decoded;
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
