/**
 * From offsets in a page's reading text to offsets in its file. A span's start maps to where its
 * first character was read and its end to right after its last one, so the file's slice between
 * them holds the span's text with the entities and inline tags it was read from, and never the
 * markup around it. An offset inside a run that maps whole (an entity) takes the whole run.
 */
import type { Origin, Run } from '../model.js';

/** Which end of a span an offset is: a start maps forward, an end backward, across markup. */
export type Side = 'start' | 'end';

/** The file offset of `offset` in the reading text, as the `side` of a span. */
export function fileOffset(origin: Origin, offset: number, side: Side): number {
  const { runs } = origin;
  if (side === 'start') {
    const run = runs[firstEndingAfter(runs, offset)];
    if (!run) return last(runs);
    return run.at <= offset && isLinear(run) ? run.fileAt + offset - run.at : run.fileAt;
  }
  // The run holding the span's last character, or else the one before the gap the end falls in.
  const index = firstEndingAfter(runs, offset - 1);
  const holding = runs[index];
  const run = holding && holding.at < offset ? holding : runs[index - 1];
  if (!run) return runs[0]?.fileAt ?? 0;
  return isLinear(run) && offset <= run.at + run.length ? run.fileAt + offset - run.at : run.fileAt + run.fileLength;
}

/** The index of the first run that ends after `offset` (the run holding it, or the next one). */
function firstEndingAfter(runs: readonly Run[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const run = runs[middle] as Run;
    if (run.at + run.length > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

function isLinear(run: Run): boolean {
  return run.length === run.fileLength;
}

function last(runs: readonly Run[]): number {
  const run = runs[runs.length - 1];
  return run ? run.fileAt + run.fileLength : 0;
}
