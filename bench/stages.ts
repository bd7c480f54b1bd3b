/**
 * One instrumented run of the library on a folder, as the CLI runs it (ingest, compare, render
 * Markdown and JSON): prints each stage's milliseconds as JSON on standard output.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { compareSources, ingest, linksFrom, toJson, toMarkdown, type Stage } from '../dist/index.js';

const folder = process.argv[2] ?? 'seeds';
const times: Record<Stage | 'ingest' | 'render', number> = { ingest: 0, segment: 0, extract: 0, align: 0, judge: 0, render: 0 };

let start = performance.now();
const sources = await ingest([folder]);
times.ingest = performance.now() - start;
const comparison = compareSources(sources, (stage, ms) => (times[stage] = ms));
const options = { linkTo: linksFrom(join(tmpdir(), 'crosscheck-bench.md')) };
start = performance.now();
const markdown = toMarkdown(comparison, options);
const json = toJson(comparison);
times.render = performance.now() - start;

const claims = comparison.groups.reduce((sum, group) => sum + group.claims.length, 0);
const largest = Math.max(0, ...comparison.groups.map((group) => group.claims.length));
process.stdout.write(`${JSON.stringify({ times, claims, groups: comparison.groups.length, largest, output: markdown.length + json.length })}\n`);
