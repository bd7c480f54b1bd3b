/**
 * One instrumented run of the library on a folder, as the CLI runs it (ingest, compare, render
 * Markdown and JSON) and with the CLI's V8 settings, the young generation sized for the input as
 * the CLI sizes it: prints each stage's milliseconds as JSON on standard output. (Without the
 * settings, extraction at 30 articles took 230 ms, not the CLI's 120.)
 *
 * Also two costs of the libraries the project builds on, alone: the time spent inside chrono-node
 * on the sentences extraction sends it (part of `extract`), and serializing the Markdown report's
 * mdast tree once more, whole, after the timed render (remark-stringify with the report's handlers,
 * its code already warm: if anything, less than it costs in `render`).
 */
import { sizeYoungGeneration } from '../dist/runtime-flags.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fastChrono } from '../dist/extract/dates/chrono-instance.js';
import { compareSources, ingest, linksFrom, stringify, toJson, toMarkdown, toMdast, type Stage } from '../dist/index.js';

const folder = process.argv[2] ?? 'seeds';
const times: Record<Stage | 'ingest' | 'render', number> = { ingest: 0, segment: 0, extract: 0, align: 0, judge: 0, render: 0 };
const libraries = { chrono: 0, serialize: 0 };

const parse = fastChrono.parse.bind(fastChrono);
fastChrono.parse = (...args: Parameters<typeof parse>) => {
  const start = performance.now();
  try {
    return parse(...args);
  } finally {
    libraries.chrono += performance.now() - start;
  }
};

let start = performance.now();
const sources = await ingest([folder]);
times.ingest = performance.now() - start;
sizeYoungGeneration(sources);
const comparison = compareSources(sources, (stage, ms) => (times[stage] = ms));
const options = { linkTo: linksFrom(join(tmpdir(), 'crosscheck-bench.md')) };
start = performance.now();
const markdown = toMarkdown(comparison, options);
const json = toJson(comparison);
times.render = performance.now() - start;

const tree = toMdast(comparison, options);
start = performance.now();
stringify(tree);
libraries.serialize = performance.now() - start;

const claims = comparison.groups.reduce((sum, group) => sum + group.claims.length, 0);
const largest = Math.max(0, ...comparison.groups.map((group) => group.claims.length));
process.stdout.write(`${JSON.stringify({ times, libraries, claims, groups: comparison.groups.length, largest, output: markdown.length + json.length })}\n`);
