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
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
setFlagsFromString('--heap-growing-percent=100');
