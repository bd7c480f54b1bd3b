/**
 * V8 settings for the command line, imported before any other module so that they hold for every
 * regular expression. A run of crosscheck is short and its patterns are large: V8 would first
 * interpret each pattern, then compile it again to machine code on a later match; compiling once
 * at the first match cuts the cold start (`crosscheck seeds`) by about a third (397 → 272 ms,
 * hyperfine, 40 runs each), and large runs, where every pattern ends up compiled anyway, do not
 * change. The library leaves V8 as it is.
 *
 * The pattern is compiled at once by starting it at zero ticks before tier-up, not by turning
 * tier-up off (`--no-regexp-tier-up`): Node.js warns that flags changed after start may crash,
 * and that one does. A pattern that ran exactly once before the change (in Node.js itself, in a
 * preloaded module such as tsx, or here) is left half tiered up, and the next run of it, or of any
 * pattern with the same source, is a segmentation fault (test/runtime-flags.test.ts).
 *
 * After a full collection, V8 lets the old generation grow up to four times what survived before
 * the next one, a setting made for long-lived browser tabs and servers. A run of crosscheck holds
 * its comparison while rendering tens of megabytes of reports, and the garbage of rendering then
 * piled up to that limit: at 3,000 articles the peak was 380 MB for a heap of under 100 MB live.
 * Growing by at most twice (`--heap-growing-percent=100`) brings the peak to 280–300 MB for the
 * same collection time (about 0.7 s in both, `--trace-gc`; two more full collections, concurrent).
 *
 * The young generation: V8 doubles its two semi-spaces (1 MB each at start, 16 at most) whenever
 * what survived its collections since the last growth outgrows them, and a run of crosscheck keeps
 * most of what it makes (sentences, claims) until the report is written, so they grow to the most:
 * 32 MB of a 122 MB peak at 300 articles. The command line keeps them at 1 MB (V8's growth factor
 * set to 1) for inputs up to a million characters, where that costs no time (300 articles:
 * 119–124 → 84–93 MB; 900: 163–173 → 128–135 MB), and lets them grow again for larger inputs,
 * where collecting a small young generation more often cost 14–19 % more time (3,000 articles).
 * Only this run-time setting holds: `--semi-space-growth-factor` given to `node` at start leaves
 * them growing, and `--max-semi-space-size` is read at start only, which a `#!/usr/bin/env node`
 * script cannot pass.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
setFlagsFromString('--heap-growing-percent=100');
setFlagsFromString('--semi-space-growth-factor=1');

/** Inputs of more characters than this let V8 grow its young generation again (see above). */
const LARGE_INPUT = 1_000_000;

/** Sizes the young generation for the articles read: the smallest, unless they are large. */
export function sizeYoungGeneration(sources: ReadonlyArray<{ text: string }>): void {
  let characters = 0;
  for (const source of sources) characters += source.text.length;
  if (characters > LARGE_INPUT) setFlagsFromString('--semi-space-growth-factor=2');
}
