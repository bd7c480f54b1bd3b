/**
 * Stage 1, ingest: files, folders and globs become `Source`s, each backed by a vfile.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { VFile } from 'vfile';
import type { Source, Span } from '../model.js';
import { findBoilerplate, findTitle, linesOf } from './chrome.js';
import { decode } from './decode.js';
import { readFrontMatter } from './front-matter.js';

/** File extensions crosscheck reads. */
export const SUPPORTED = ['.txt', '.md', '.markdown'] as const;

/** A problem with the inputs themselves (missing path, nothing to read): the user must act. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Expand files, folders (their supported files, not recursive) and globs into sorted paths. */
export async function listFiles(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      const matches = (await glob(input, { onlyFiles: true, expandDirectories: false })).filter(isSupported);
      if (!matches.length) throw new InputError(`No supported files match \`${input}\`: name .txt or .md files`);
      for (const match of matches) found.add(toPosix(match));
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) throw new InputError(`Cannot find \`${input}\`: check the path`);
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter(isSupported);
      if (!names.length) throw new InputError(`No .txt or .md files in \`${input}\`: name a folder of articles`);
      for (const name of names) found.add(toPosix(join(input, name)));
    } else {
      found.add(toPosix(input));
    }
  }
  return [...found].sort();
}

/** Read and decode every input into a `Source`, sorted by id. */
export async function ingest(inputs: readonly string[]): Promise<Source[]> {
  const paths = await listFiles(inputs);
  const sources = await Promise.all(paths.map(async (path) => toSource(path, decode(await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`Cannot read \`${path}\`: ${error.code === 'EACCES' ? 'permission denied' : error.message}`);
  })))));
  return sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1));
}

/** Build a source from a path and its decoded text (no I/O). */
export function toSource(path: string, text: string): Source {
  const file = new VFile({ path, value: text });
  const id = basename(path, extname(path));
  const markdown = /\.(md|markdown)$/i.test(path);
  const matter = markdown ? frontMatterOf(path, text) : readFrontMatter('');
  for (const key of matter.unknown) file.message(`Unknown front-matter key \`${key}\`: crosscheck reads title, outlet, url, published`, { ruleId: 'front-matter', source: 'crosscheck' });
  const lines = linesOf(text, matter.bodyStart);
  const boilerplate = markdown ? [] : findBoilerplate(lines);
  const headline = matter.title ? null : markdown ? markdownTitle(text, matter.bodyStart) : findTitle(lines);
  const titleSpan: Span | null = headline ? { start: headline.start, end: headline.end } : null;
  return {
    id,
    path,
    title: matter.title ?? headline?.text ?? null,
    outlet: matter.outlet,
    url: matter.url,
    published: matter.published,
    text,
    bodyStart: matter.bodyStart,
    titleSpan,
    boilerplate,
    file,
  };
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
  const heading = /^#{1,2}[ \t]+(.+?)[ \t#]*$/m;
  const match = heading.exec(text.slice(from));
  if (!match || match[1] === undefined) return null;
  const start = from + match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length, text: match[1] };
}

function isSupported(name: string): boolean {
  return (SUPPORTED as readonly string[]).includes(extname(name).toLowerCase());
}

function toPosix(path: string): string {
  const rel = relative('.', path) || path;
  return rel.split(sep).join('/');
}
