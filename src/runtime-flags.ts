/**
 * V8 settings for the command line, imported before any other module so that they hold for every
 * regular expression. A run of crosscheck is short and its patterns are large: V8 would first
 * interpret each pattern, then compile it again to machine code on a later match; compiling once
 * at the first match cuts the cold start (`crosscheck seeds`) by about a fifth, and large runs,
 * where every pattern ends up compiled anyway, do not change. The library leaves V8 as it is.
 *
 * V8's flags belong to the whole process, and Node.js warns that changing them after start may
 * crash it: it does when a preloaded module runs module hooks on another thread (`--import tsx`:
 * 4 segmentation faults in 340 runs under load, none in 184 without the flag). So the flag is set
 * only when nothing was preloaded; such a run is as fast as before the flag existed.
 */
import { setFlagsFromString } from 'node:v8';
import { preloads } from './preloads.js';

if (!preloads(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString('--no-regexp-tier-up');

