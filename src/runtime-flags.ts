/**
 * V8 settings for the command line, imported before any other module so that they hold for every
 * regular expression. A run of crosscheck is short and its patterns are large: V8 would first
 * interpret each pattern, then compile it again to machine code on a later match; compiling once
 * at the first match cuts the cold start (`crosscheck seeds`) by about a fifth, and large runs,
 * where every pattern ends up compiled anyway, do not change. The library leaves V8 as it is.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
