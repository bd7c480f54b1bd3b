/**
 * Stage 1, ingest: files, folders and globs become `Source`s, each backed by a vfile.
 * Pages (`.html`, `.htm`) are read by html/page.ts, loaded only when a page is read.
 * read.ts refuses what is not an article (too big, binary, empty, unreadable), reading at most
 * `concurrency` files (16) at once;
 * file-set.ts leaves out copies and refuses clashing ids. Content problems (invalid UTF-8,
 * UTF-16, unknown front-matter keys) are vfile messages on the source's file.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { VFile } from 'vfile';
import type { Source, Span } from '../model.js';
import { findBoilerplate, findTitle, linesOf } from './chrome.js';
import { findDateline } from './dateline.js';
import { warnEncoding } from './encoding-warnings.js';
import { checkIds, idOf, leaveOutCopies } from './file-set.js';
import { readFrontMatter } from './front-matter.js';
import { InputError } from './input-error.js';
import { isPage, mapLimit, readText } from './read.js';
import { DEFAULT_MAX_BYTES } from './size.js';

export { InputError } from './input-error.js';
export { DEFAULT_MAX_BYTES, formatBytes, parseSize } from './size.js';
export { locate } from './location.js';

/** File extensions crosscheck reads. */
export const SUPPORTED = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** Options of `ingest`. */
export interface IngestOptions {
  /** The largest file to read, in bytes (default `DEFAULT_MAX_BYTES`, 10 MB); a bigger one is an `InputError`. */
  maxBytes?: number;
  /** How many files are read at once (default 16). */
  concurrency?: number;
}

/** What `readSources` read: the sources, and the files left out (copies), each with its warning. */
export interface Ingested {
  sources: Source[];
  skipped: VFile[];
}

/** Expand files, folders (their supported files, not recursive) and globs into sorted paths. */
export async function listFiles(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      // Loaded when a glob is named: a run on files and folders need not load the matcher.
      const { glob } = await import('tinyglobby');
      const matches = (await glob(input, { onlyFiles: true, expandDirectories: false })).filter(isSupported);
      if (!matches.length) throw new InputError(`No supported files match \`${input}\`: name .txt, .md or .html files`);
      for (const match of matches) found.add(toPosix(match));
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) throw new InputError(`Cannot find \`${input}\`: check the path`);
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter(isSupported);
      if (!names.length) throw new InputError(`No .txt, .md or .html files in \`${input}\`: name a folder of articles`);
      for (const name of names) found.add(toPosix(join(input, name)));
    } else {
      found.add(toPosix(input));
    }
  }
  return [...found].sort();
}

/** Read and decode every input into a `Source`, sorted by id; copies are left out (see `readSources`). */
export async function ingest(inputs: readonly string[], options: IngestOptions = {}): Promise<Source[]> {
  return (await readSources(inputs, options)).sources;
}

/** Read every input: the sources sorted by id, and the files left out as copies of another, with their warnings. */
export async function readSources(inputs: readonly string[], options: IngestOptions = {}): Promise<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`\`maxBytes\` must be a positive number of bytes, not \`${maxBytes}\``);
  const paths = await listFiles(inputs);
  const contents = await mapLimit(paths, options.concurrency ?? 16, (path) => readText(path, maxBytes));
  const { kept, skipped } = leaveOutCopies(paths.map((path, i) => ({ path, content: contents[i] as (typeof contents)[number] })));
  checkIds(kept.map((file) => file.path));
  // Loaded when a page is named: a run on text and Markdown need not load the HTML libraries.
  const pages = kept.some(({ path }) => isPage(path)) ? await import('./html/page.js') : null;
  const sources = kept.map(({ path, content }) => {
    const source = pages && isPage(path) ? pages.pageSource(path, content.text) : toSource(path, content.text);
    warnEncoding(source.file, source.origin?.text ?? source.text, content);
    return source;
  });
  return { sources: sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), skipped };
}

/** Build a source from a path and its decoded text (no I/O); a page (`.html`) needs `toPageSource`. */
export function toSource(path: string, text: string): Source {
  if (isPage(path)) throw new TypeError(`Cannot read the page \`${path}\` with \`toSource\`: use \`await toPageSource(path, html)\``);
  const file = new VFile({ path, value: text });
  const id = idOf(path);
  const markdown = /\.(md|markdown)$/i.test(path);
  const matter = markdown ? frontMatterOf(path, text) : readFrontMatter('');
  for (const key of matter.unknown) file.message(`Unknown front-matter key \`${key}\`: crosscheck reads title, outlet, url, published`, { ruleId: 'front-matter', source: 'crosscheck' });
  const lines = linesOf(text, matter.bodyStart);
  const boilerplate = markdown ? [] : findBoilerplate(lines);
  const dateline = findDateline(lines);
  const isStamp = (line: { start: number }) => dateline.spans.some((span) => span.start === line.start);
  const headline = matter.title ? null : markdown ? markdownTitle(text, matter.bodyStart) : findTitle(lines.filter((line) => !isStamp(line)));
  const titleSpan: Span | null = headline ? { start: headline.start, end: headline.end } : null;
  return {
    id,
    path,
    title: matter.title ?? headline?.text ?? null,
    outlet: matter.outlet,
    url: matter.url,
    published: matter.published ?? dateline.published,
    text,
    bodyStart: matter.bodyStart,
    titleSpan,
    boilerplate,
    metadata: dateline.spans,
    file,
  };
}

/** Build a source from a page's path and its decoded HTML (no I/O): its article's text, metadata and map to the file. */
export async function toPageSource(path: string, html: string): Promise<Source> {
  const { pageSource } = await import('./html/page.js');
  return pageSource(path, html);
}

function frontMatterOf(path: string, text: string): ReturnType<typeof readFrontMatter> {
  try {
    return readFrontMatter(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(`Malformed front matter in \`${path}\`: ${reason}; fix the YAML between the \`---\` lines`);
  }
}

function markdownTitle(text: string, from: number): { start: number; end: number; text: string } | null {
  // A UTF-8 BOM stays in the text (offsets match the file) but is no part of the first line.
  const match = /^\uFEFF?#{1,2}[ \t]+([^\r\n]*)/m.exec(text.slice(from));
  if (!match || match[1] === undefined) return null;
  // The closing `#`s are trimmed by a loop: a pattern like `[ \t#]*$` backtracks quadratically on a long line of `#`.
  const line = match[1];
  let length = line.length;
  while (length > 0 && /[\s#]/.test(line.charAt(length - 1))) length--;
  let lead = 0;
  while (lead < length && /\s/.test(line.charAt(lead))) lead++;
  if (lead >= length) return null;
  const start = from + match.index + match[0].length - line.length + lead;
  return { start, end: start + length - lead, text: line.slice(lead, length) };
}

function isSupported(name: string): boolean {
  return (SUPPORTED as readonly string[]).includes(extname(name).toLowerCase());
}

function toPosix(path: string): string {
  const rel = relative('.', path) || path;
  return rel.split(sep).join('/');
}
