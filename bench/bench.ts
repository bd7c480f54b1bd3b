/**
 * `npm run bench`: builds corpora at 1×, 10× and 100× the story templates of bench/stories/, then
 * measures on this machine the command line end to end (wall time, MB/s, articles/s, peak memory),
 * each stage (one instrumented library run, bench/stages.ts) and the cold start of
 * `crosscheck seeds` against `node -e 0`; then 1 MB of ordinary news text and 1 MB of each hostile shape
 * (test/robustness/shapes.ts), each beside one seed article, to show the slowest shape against the
 * ordinary text. Prints tables and writes bench/results.json.
 *
 * Options: `--scales=1,10,100`, `--runs=N` (repetitions per scale; the median is reported).
 * A benchmark, never a test: it reports figures and checks nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES, hostileArticle, hostileFile } from '../test/robustness/shapes.js';
import { writeCorpus, type Corpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'crosscheck-bench');
const STAGES = ['ingest', 'segment', 'extract', 'align', 'judge', 'render'] as const;
type StageName = (typeof STAGES)[number];

const option = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (option('scales') ?? '1,10,100').split(',').map(Number);
const runsFor = (scale: number): number => Number(option('runs') ?? (scale >= 100 ? 3 : 5));

/** Milliseconds a command took, and what it printed; throws when it fails. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface ScaleResult {
  scale: number;
  articles: number;
  bytes: number;
  wallMs: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  stagesMs: Record<StageName, number>;
  peakMemoryMB: number;
  claims: number;
  groups: number;
}

/** The command line on a folder, `runs` times: median wall time and the highest peak memory. */
function measureCommand(folder: string, runs: number): { wallMs: number; peakMemoryMB: number } {
  const rssFile = join(WORK, 'rss.txt');
  const out = join(WORK, 'out');
  mkdirSync(out, { recursive: true });
  const walls: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    walls.push(run('node', ['--import', './bench/rss-probe.mjs', 'dist/cli.js', folder, '-q', '-o', join(out, 'report.md'), '-o', join(out, 'report.json')], { BENCH_RSS_FILE: rssFile }).ms);
    peak = Math.max(peak, Number(readFileSync(rssFile, 'utf8')) / 1024);
  }
  return { wallMs: median(walls), peakMemoryMB: peak };
}

function measureScale(scale: number, corpus: Corpus): ScaleResult {
  const { wallMs, peakMemoryMB } = measureCommand(corpus.folder, runsFor(scale));
  const stages = JSON.parse(run('node', ['--import', 'tsx', 'bench/stages.ts', corpus.folder]).stdout) as { times: Record<StageName, number>; claims: number; groups: number };
  return {
    scale,
    articles: corpus.articles,
    bytes: corpus.bytes,
    wallMs,
    mbPerSecond: corpus.bytes / 1e6 / (wallMs / 1000),
    articlesPerSecond: corpus.articles / (wallMs / 1000),
    stagesMs: stages.times,
    peakMemoryMB,
    claims: stages.claims,
    groups: stages.groups,
  };
}

/** Medians of alternated starts of `crosscheck seeds` and `node -e 0`, after a few untimed ones. */
function measureColdStart(runs = 20, warmup = 3): { nodeMs: number; cliMs: number } {
  const node: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const [a, b] = [run('node', ['-e', '0']).ms, run('node', ['dist/cli.js', 'seeds']).ms];
    if (i >= warmup) node.push(a), cli.push(b);
  }
  return { nodeMs: median(node), cliMs: median(cli) };
}

/** One article of `text` beside a seed article, in a folder of its own. */
function storyOf(name: string, file: string, text: string): string {
  const folder = join(WORK, 'shapes', name.replace(/\W+/g, '-'));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, file), text);
  copyFileSync(join(ROOT, 'seeds', '000_2faa820f79c75e74.txt'), join(folder, 'seed.txt'));
  return folder;
}

/** The first `size` characters of the 100× corpus's articles, one after another: ordinary news text. */
function ordinaryText(size: number): string {
  const folder = join(WORK, '100x');
  const parts: string[] = ['Ordinary news', ''];
  let length = 0;
  for (const name of readdirSync(folder).sort()) {
    if (length >= size) break;
    const text = readFileSync(join(folder, name), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    parts.push(text);
    length += text.length;
  }
  return `${parts.join('\n\n').slice(0, size)}\n`;
}

interface ShapeResult {
  shape: string;
  wallMs: number;
  peakMemoryMB: number;
}

/** 1 MB of ordinary text, then of each hostile shape: wall time and peak memory of one run each. */
function measureShapes(size = 1_000_000): ShapeResult[] {
  if (!readdirSync(WORK).includes('100x')) writeCorpus(join(WORK, '100x'), 100);
  const results = [{ shape: 'ordinary news text', ...measureCommand(storyOf('ordinary', 'news.txt', ordinaryText(size)), 1) }];
  for (const shape of Object.keys(SHAPES)) results.push({ shape, ...measureCommand(storyOf(shape, hostileFile(shape), hostileArticle(shape, size)), 1) });
  return results;
}

const fixed = (n: number, digits = 0): string => n.toFixed(digits);

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

function main(): void {
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    const corpus = writeCorpus(join(WORK, `${scale}x`), scale);
    process.stderr.write(`bench: ${scale}× (${corpus.articles} articles, ${fixed(corpus.bytes / 1e6, 2)} MB)…\n`);
    results.push(measureScale(scale, corpus));
  }
  const cold = measureColdStart();
  process.stderr.write('bench: 1 MB of ordinary text and of each hostile shape…\n');
  const shapes = measureShapes();
  const header = ['scale', 'articles', 'MB', 'wall s', 'MB/s', 'art/s', ...STAGES.map((s) => `${s} ms`), 'peak MB'];
  const rows = results.map((r) => [
    `${r.scale}×`, String(r.articles), fixed(r.bytes / 1e6, 2), fixed(r.wallMs / 1000, 2), fixed(r.mbPerSecond, 2), fixed(r.articlesPerSecond),
    ...STAGES.map((s) => fixed(r.stagesMs[s])), fixed(r.peakMemoryMB),
  ]);
  process.stdout.write(`\n${table([header, ...rows])}\n\ncold start: \`crosscheck seeds\` ${fixed(cold.cliMs)} ms, \`node -e 0\` ${fixed(cold.nodeMs)} ms\n`);
  const shapeRows = shapes.map((r) => [r.shape, fixed(r.wallMs / 1000, 2), fixed(r.peakMemoryMB)]);
  process.stdout.write(`\n1 MB articles, each beside one seed:\n\n${table([['article', 'wall s', 'peak MB'], ...shapeRows])}\n`);
  const report = {
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    generated: new Date().toISOString(),
    runs: Object.fromEntries(SCALES.map((scale) => [`${scale}x`, runsFor(scale)])),
    scales: results,
    coldStart: cold,
    shapes,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(join(WORK, 'out'), { recursive: true, force: true });
  process.stdout.write(`\nwrote bench/results.json (corpora in ${WORK})\n`);
}

main();
