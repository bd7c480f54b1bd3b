/**
 * File sizes in messages and options. Sizes are decimal (1 MB = 1,000,000 bytes), as file
 * managers show them. The default limit, 10 MB per file, is some thirty times the longest news
 * article: a bigger file is almost always a mistake (a dump, a book, a log), and the limit keeps
 * one such file from stalling a run.
 */

/** The default largest file `ingest` reads: 10 MB. */
export const DEFAULT_MAX_BYTES = 10_000_000;

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 };

/** A size for people: `52.4 MB`, `800 kB`, `12 bytes` (one decimal at most). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${trim(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${trim(bytes / 1e3)} kB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/**
 * The sentence of a file over the limit, exact to the byte when rounding would hide the excess;
 * `bytes` is null when the size is unknown (a pipe or a device, read up to the limit).
 */
export function overLimit(path: string, bytes: number | null, limit: number): string {
  const exact = limit < 1e3 || (bytes !== null && formatBytes(bytes) === formatBytes(limit));
  const max = exact ? `${limit}-byte` : formatBytes(limit);
  const size = bytes === null ? '' : ` ${exact ? `${bytes} bytes` : formatBytes(bytes)},`;
  return `\`${path}\` is${size} over the ${max} limit: split it or raise --max-bytes`;
}

/** Parse a size such as `20MB`, `500 kB` or `20000000`; null when it is not one. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const scale = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || scale === undefined) return null;
  const bytes = Math.round(Number(match[1]) * scale);
  return bytes > 0 ? bytes : null;
}

function trim(n: number): string {
  return String(Math.round(n * 10) / 10);
}
