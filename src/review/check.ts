/** `--check`: compare reports regenerated in memory with the files on disk, like `prettier --check`. */
import { createTwoFilesPatch } from 'diff';

/** A report file that is not what the code produces now. */
export interface Stale {
  path: string;
  /** `missing`, or a short unified diff from the file on disk to the regenerated report. */
  problem: string;
}

/** Lines of diff shown per stale file. */
const DIFF_LINES = 40;

/** The outputs whose file on disk (`read` gives null when missing) differs from the regenerated text. */
export function staleOutputs(outputs: ReadonlyArray<{ path: string; text: string }>, read: (path: string) => string | null): Stale[] {
  const stale: Stale[] = [];
  for (const { path, text } of outputs) {
    const current = read(path);
    if (current === null) stale.push({ path, problem: 'missing' });
    else if (current !== text) stale.push({ path, problem: shortDiff(path, current, text) });
  }
  return stale;
}

function shortDiff(path: string, before: string, after: string): string {
  const lines = createTwoFilesPatch(path, path, before, after, 'committed', 'regenerated', { context: 1 }).split('\n').slice(2);
  const shown = lines.slice(0, DIFF_LINES);
  return `${shown.join('\n').trimEnd()}${lines.length > DIFF_LINES ? `\n… ${lines.length - DIFF_LINES} more diff lines` : ''}`;
}
