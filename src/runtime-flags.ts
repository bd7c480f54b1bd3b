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
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
