/**
 * Checks on the set of files as a whole, after each file was read (paths sorted):
 * - a file with exactly the same text as an earlier one by path is left out, with a warning on
 *   it: a copy is not corroboration, and counting it would turn single-source claims into
 *   agreements;
 * - two remaining files with the same id (file name without extension), in different folders
 *   or with different extensions, are refused: the report and its JSON name sources by id.
 *   An identical copy is left out first, so it never clashes.
 */
import { basename, extname } from 'node:path';
import { VFile } from 'vfile';
import { InputError } from './input-error.js';

/** A file read from `path`. */
export interface Read<T extends { text: string }> {
  path: string;
  content: T;
}

/** The files to compare, and the copies left out (a vfile each, with its warning). */
export function leaveOutCopies<T extends { text: string }>(files: ReadonlyArray<Read<T>>): { kept: Array<Read<T>>; skipped: VFile[] } {
  const kept: Array<Read<T>> = [];
  const skipped: VFile[] = [];
  const firstWith = new Map<string, string>();
  for (const file of files) {
    const original = firstWith.get(file.content.text);
    if (original === undefined) {
      firstWith.set(file.content.text, file.path);
      kept.push(file);
      continue;
    }
    const copy = new VFile({ path: file.path, value: file.content.text });
    copy.message(`Left out: same text as \`${original}\`; a copy is not a second source`, { ruleId: 'duplicate', source: 'crosscheck' });
    skipped.push(copy);
  }
  return { kept, skipped };
}

/** Throw when two paths give the same id, naming both. */
export function checkIds(paths: readonly string[]): void {
  const owner = new Map<string, string>();
  for (const path of paths) {
    const id = idOf(path);
    const other = owner.get(id);
    if (other !== undefined) throw new InputError(`\`${other}\` and \`${path}\` have the same id \`${id}\`: rename one`);
    owner.set(id, path);
  }
}

/** A source's id: its file name without the extension. */
export function idOf(path: string): string {
  return basename(path, extname(path));
}
