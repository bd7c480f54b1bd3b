// Runs the command line in this process (`node bench/rss-run.mjs dist/cli.js <args>`) and writes the
// process's peak resident memory (KiB) to BENCH_RSS_FILE on exit. A wrapper rather than a preload
// (`--import`): the command line leaves V8's flags alone when something is preloaded
// (src/runtime-flags.ts), and the benchmark must time what users run.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(entry), ...args];
const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
await import(pathToFileURL(resolve(entry)).href);
