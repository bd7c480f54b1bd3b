/**
 * `npm run bench`: builds corpora at 1×, 10× and 100× the 30 story templates, then measures, in
 * one run and on this machine: the CLI end to end (wall time, MB/s, articles/s, peak memory),
 * each stage (an instrumented library run, with the CLI's V8 settings), a floor (reading the
 * files and splitting them into words with one regex), a peer (chrono-node alone parsing the same
 * files) and the cold start of `crosscheck seeds` against `node -e 0`; and, from the instrumented
 * run, the time two libraries take alone (chrono-node on the sentences sent to it, remark-stringify
 * on the report's tree) against the same floor and peer. Prints tables and writes
 * `bench/results.json`.
 *
 * Options: `--scales=1,10,100`, `--runs=N` (repetitions per scale; median reported).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus, type Corpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(tmpdir(), 'crosscheck-bench');
const STAGES = ['ingest', 'segment', 'extract', 'align', 'judge', 'render'] as const;
type StageName = (typeof STAGES)[number];

const option = (name: string): string | undefined => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SCALES = (option('scales') ?? '1,10,100').split(',').map(Number);
const RUNS = option('runs');
const runsFor = (scale: number): number => (RUNS ? Number(RUNS) : scale >= 100 ? 3 : 5);

/** Targets of the performance issue, checked on every run. */
const TARGETS = { floor: 5, peer: 1, scaling: 11, coldStart: 3, memoryPerCorpusByte: 10, memoryBaseMB: 100 };

interface Timed {
  ms: number;
  stdout: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Timed {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

interface ScaleResult {
  scale: number;
  articles: number;
  bytes: number;
  wallMs: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  stagesMs: Record<StageName, number>;
  peakMemoryMB: number;
  memoryBudgetMB: number;
  floorMs: number;
  peerMs: number;
  toFloor: number;
  toPeer: number;
  claims: number;
  groups: number;
  largestGroup: number;
  /** Inside chrono-node on the sentences sent to it, and serializing the Markdown tree alone (bench/stages.ts). */
  librariesMs: { chrono: number; serialize: number };
}

function measureScale(scale: number, corpus: Corpus): ScaleResult {
  const runs = runsFor(scale);
  const rssFile = join(WORK, 'rss.txt');
  const out = join(WORK, 'out');
  mkdirSync(out, { recursive: true });
  const walls: number[] = [];
  const floors: number[] = [];
  const peers: number[] = [];
  const stages: Array<Record<StageName, number>> = [];
  const libraries: Array<{ chrono: number; serialize: number }> = [];
  let peak = 0;
  let counts = { claims: 0, groups: 0, largest: 0 };
  // Interleaved, so that a slow moment of the machine hits every measure alike.
  for (let i = 0; i < runs; i++) {
    floors.push(run('node', ['bench/floor.mjs', corpus.folder]).ms);
    peers.push(run('node', ['bench/peer.mjs', corpus.folder]).ms);
    walls.push(run('node', ['--import', './bench/rss-probe.mjs', 'dist/cli.js', corpus.folder, '-q', '-o', join(out, 'report.md'), '-o', join(out, 'report.json')], { BENCH_RSS_FILE: rssFile }).ms);
    peak = Math.max(peak, Number(readFileSync(rssFile, 'utf8')) / 1024);
    if (i < (scale >= 100 ? 1 : Math.min(3, runs))) {
      const parsed = JSON.parse(run('node', ['--import', 'tsx', 'bench/stages.ts', corpus.folder]).stdout) as {
        times: Record<StageName, number>;
        libraries: { chrono: number; serialize: number };
        claims: number;
        groups: number;
        largest: number;
      };
      stages.push(parsed.times);
      libraries.push(parsed.libraries);
      counts = parsed;
    }
  }
  const wallMs = median(walls);
  const floorMs = median(floors);
  const peerMs = median(peers);
  const mb = corpus.bytes / 1e6;
  return {
    scale,
    articles: corpus.articles,
    bytes: corpus.bytes,
    wallMs,
    mbPerSecond: mb / (wallMs / 1000),
    articlesPerSecond: corpus.articles / (wallMs / 1000),
    stagesMs: Object.fromEntries(STAGES.map((stage) => [stage, median(stages.map((times) => times[stage]))])) as Record<StageName, number>,
    peakMemoryMB: peak,
    memoryBudgetMB: TARGETS.memoryPerCorpusByte * (corpus.bytes / 2 ** 20) + TARGETS.memoryBaseMB,
    floorMs,
    peerMs,
    toFloor: wallMs / floorMs,
    toPeer: wallMs / peerMs,
    claims: counts.claims,
    groups: counts.groups,
    largestGroup: counts.largest,
    librariesMs: { chrono: median(libraries.map((l) => l.chrono)), serialize: median(libraries.map((l) => l.serialize)) },
  };
}

/**
 * Medians of alternated runs, after a few untimed ones: it follows the 100× run, whose 400 MB the
 * system is still taking back, and single starts of ~0.1 s move by tens of milliseconds here (15
 * runs without warm-up gave 2.93–3.96× for one build).
 */
function measureColdStart(runs = 40, warmup = 5): { nodeMs: number; cliMs: number; ratio: number } {
  const node: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < warmup; i++) {
    run('node', ['-e', '0']);
    run('node', ['dist/cli.js', 'seeds']);
  }
  for (let i = 0; i < runs; i++) {
    node.push(run('node', ['-e', '0']).ms);
    cli.push(run('node', ['dist/cli.js', 'seeds']).ms);
  }
  const nodeMs = median(node);
  const cliMs = median(cli);
  return { nodeMs, cliMs, ratio: cliMs / nodeMs };
}

const fixed = (n: number, digits = 0): string => n.toFixed(digits);
const mark = (ok: boolean): string => (ok ? 'ok' : 'MISS');

function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

function main(): void {
  run('node', ['-e', '0']);
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    const corpus = writeCorpus(join(WORK, `${scale}x`), scale);
    process.stderr.write(`bench: ${scale}× (${corpus.articles} articles, ${fixed(corpus.bytes / 1e6, 2)} MB)…\n`);
    results.push(measureScale(scale, corpus));
  }
  const cold = measureColdStart();
  const header = ['scale', 'articles', 'MB', 'wall s', 'MB/s', 'art/s', ...STAGES.map((s) => `${s} ms`), 'peak MB', 'budget MB', 'floor s', '×floor', 'peer s', '×peer'];
  const rows = results.map((r) => [
    `${r.scale}×`, String(r.articles), fixed(r.bytes / 1e6, 2), fixed(r.wallMs / 1000, 2), fixed(r.mbPerSecond, 2), fixed(r.articlesPerSecond),
    ...STAGES.map((s) => fixed(r.stagesMs[s])), fixed(r.peakMemoryMB), fixed(r.memoryBudgetMB), fixed(r.floorMs / 1000, 2), fixed(r.toFloor, 1), fixed(r.peerMs / 1000, 2), fixed(r.toPeer, 2),
  ]);
  const byScale = new Map(results.map((r) => [r.scale, r]));
  const checks: string[][] = [['target', 'measured', 'limit', '']];
  for (const r of results) {
    if (r.scale >= 10) {
      checks.push([`${r.scale}× end-to-end / floor`, fixed(r.toFloor, 2), `≤ ${TARGETS.floor}`, mark(r.toFloor <= TARGETS.floor)]);
      checks.push([`${r.scale}× end-to-end / chrono peer`, fixed(r.toPeer, 2), `≤ ${TARGETS.peer}`, mark(r.toPeer <= TARGETS.peer)]);
    }
    checks.push([`${r.scale}× peak memory MB`, fixed(r.peakMemoryMB), `≤ ${fixed(r.memoryBudgetMB)}`, mark(r.peakMemoryMB <= r.memoryBudgetMB)]);
  }
  const scaling: Record<string, number> = {};
  for (const [big, small] of [[100, 10], [10, 1]] as const) {
    const a = byScale.get(big);
    const b = byScale.get(small);
    if (!a || !b) continue;
    scaling[`${big}x/${small}x`] = a.wallMs / b.wallMs;
    checks.push([`time(${big}×) / time(${small}×)`, fixed(a.wallMs / b.wallMs, 2), `≤ ${TARGETS.scaling}`, mark(a.wallMs / b.wallMs <= TARGETS.scaling)]);
  }
  checks.push([`cold \`crosscheck seeds\` / \`node -e 0\` (${fixed(cold.cliMs)} / ${fixed(cold.nodeMs)} ms)`, fixed(cold.ratio, 2), `≤ ${TARGETS.coldStart}`, mark(cold.ratio <= TARGETS.coldStart)]);
  const libraries = [
    ['scale', 'chrono-node ms', 'serialize ms', 'together ms', '×floor', '×peer'],
    ...results.map((r) => {
      const together = r.librariesMs.chrono + r.librariesMs.serialize;
      return [`${r.scale}×`, fixed(r.librariesMs.chrono), fixed(r.librariesMs.serialize), fixed(together), fixed(together / r.floorMs, 1), fixed(together / r.peerMs, 2)];
    }),
  ];
  process.stdout.write(`\n${table([header, ...rows])}\n\n${table(checks)}\n`);
  process.stdout.write(`\nTwo libraries alone, inside the instrumented run: chrono-node on the sentences sent to it, and\nserializing the Markdown report's tree (remark-stringify); their sum against the same floor and peer:\n\n${table(libraries)}\n`);
  const report = {
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    generated: new Date().toISOString(),
    runs: Object.fromEntries(SCALES.map((scale) => [`${scale}x`, runsFor(scale)])),
    scales: results,
    scaling,
    coldStart: cold,
    targets: TARGETS,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(join(WORK, 'out'), { recursive: true, force: true });
  process.stdout.write(`\nwrote bench/results.json (corpora in ${WORK})\n`);
}

main();
