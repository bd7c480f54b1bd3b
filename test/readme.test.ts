/**
 * The README and the docs stay true: the `--help` block is the CLI's help, the report excerpts are
 * what the code renders today, the accuracy tables today's evaluation and the performance tables
 * the last `npm run bench` (bench/results.json). `UPDATE=1 npm test` rewrites the marked blocks.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { compareSources, crosscheck, linksFrom, stringify, toMdast, toSource } from '../src/index.js';
import { toReport } from '../src/render/json.js';
import { toSummary } from '../src/review/github.js';
import { review } from '../src/review/index.js';
import { KINDS } from '../src/model.js';
import { evaluate } from './eval/evaluate.js';

const README = 'README.md';

/** Headings two levels down, so an excerpt sits under the README's own headings. */
function demote(nodes: RootContent[]): Root {
  return { type: 'root', children: nodes.map((node) => (node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + 2) as 3 | 4 | 5 | 6 } : node)) };
}

/** The nodes from the heading titled `from` up to (not including) the next heading of the same depth. */
function section(tree: Root, from: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.children.some((c) => 'value' in c && c.value.startsWith(from)));
  const depth = (tree.children[start] as { depth: number }).depth;
  const end = tree.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
  return tree.children.slice(start, end < 0 ? undefined : end);
}

/** A table cut to its first `rows` body rows. */
function cut(nodes: RootContent[], rows: number): RootContent[] {
  return nodes.map((n) => (n.type === 'table' ? { ...n, children: n.children.slice(0, rows + 1) } : n));
}

/** The real set's figures as `npm run eval` last wrote them (the article texts are not in the repository). */
const realFigures = (): Record<string, number> => JSON.parse(readFileSync('test/real/figures.json', 'utf8')) as Record<string, number>;

/** Rows of the accuracy tables: label, figure key, target on real coverage. */
const ACCURACY_ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['conflict recall (as written)', 'conflict.recall', '≥ 85%'],
  ['conflict recall (with injected conflicts)', 'conflict.recall.with.injected', '≥ 85%'],
  ['conflict precision', 'conflict.precision', '≥ 85%'],
  ['agreements called conflict', 'agree.called.conflict', '≤ 5%'],
  ['claims found', 'mentions.all', '≥ 90%'],
  ['facts aligned in one group', 'alignment', '≥ 85%'],
  ['quote speaker', 'quote.speaker', '≥ 95%'],
];
const DETAIL_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['values correct', 'values.all'],
  ['distractors kept apart', 'distractors.apart'],
  ...KINDS.map((kind) => [`claims found: ${kind}`, `mentions.${kind}`] as const),
  ...KINDS.map((kind) => [`value correct: ${kind}`, `values.${kind}`] as const),
  ...(['number', 'date', 'quote-word', 'quote-negation', 'speaker'] as const).map((type) => [`injected ${type} found`, `injected.${type}`] as const),
];

function accuracyRows(rows: ReadonlyArray<readonly [string, string, string?]>, invented: Record<string, number>): string {
  const real = realFigures();
  const cell = (figures: Record<string, number>, key: string) => `${(figures[key] ?? 0).toFixed(1)}%`;
  return rows.map(([label, key, target]) => `| ${label} | ${cell(real, key)} | ${cell(invented, key)} |${target === undefined ? '' : ` ${target} |`}`).join('\n');
}

/** The headline figures: real coverage (from test/real/figures.json) beside the invented stories. */
function accuracyHeadline(invented: Record<string, number>): string {
  return `| figure | real coverage (${realFigures()['stories']} stories) | invented stories | target |\n| --- | ---: | ---: | --- |\n${accuracyRows(ACCURACY_ROWS, invented)}\n`;
}

/** Every figure, both sets. */
function accuracyTable(invented: Record<string, number>): string {
  return `${accuracyHeadline(invented)}\n| detail | real coverage | invented stories |\n| --- | ---: | ---: |\n${accuracyRows(DETAIL_ROWS, invented)}\n`;
}

interface BenchScale {
  scale: number;
  articles: number;
  bytes: number;
  wallMs: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  stagesMs: Record<'ingest' | 'segment' | 'extract' | 'align' | 'judge' | 'render', number>;
  peakMemoryMB: number;
}

/** The last `npm run bench` (bench/results.json). */
const bench = () => JSON.parse(readFileSync('bench/results.json', 'utf8')) as { scales: BenchScale[]; coldStart: { cliMs: number; nodeMs: number }; shapes: Array<{ shape: string; wallMs: number; peakMemoryMB: number }> };
const whole = (n: number) => Math.round(n).toLocaleString('en-US');

/** The last `npm run bench`, headline figures. */
function performanceHeadline(): string {
  const rows = bench().scales.map((r) => [`${r.scale}×`, whole(r.articles), (r.wallMs / 1000).toFixed(2), whole(r.articlesPerSecond), whole(r.peakMemoryMB)].join(' | '));
  return `| scale | articles | wall s | articles/s | peak MB |\n|---|---:|---:|---:|---:|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
}

/** The last `npm run bench`: 1 MB of ordinary text and of the slowest hostile shape. */
function shapesTable(): string {
  const [ordinary, ...shapes] = bench().shapes;
  const slowest = shapes.reduce((a, b) => (b.wallMs > a.wallMs ? b : a));
  const rows = [ordinary, slowest].map((r) => r && `| ${r === ordinary ? r.shape : `${r.shape} (the slowest of ${shapes.length} hostile shapes)`} | ${(r.wallMs / 1000).toFixed(2)} | ${whole(r.peakMemoryMB)} |`);
  return `| 1 MB article, beside one seed | wall s | peak MB |\n|---|---:|---:|\n${rows.join('\n')}\n`;
}

/** The last `npm run bench`, every figure. */
function performanceTable(): string {
  const { scales, coldStart } = bench();
  const rows = scales.map((r) =>
    [`${r.scale}×`, whole(r.articles), (r.bytes / 1e6).toFixed(2), (r.wallMs / 1000).toFixed(2), r.mbPerSecond.toFixed(2), whole(r.articlesPerSecond), ...(['ingest', 'segment', 'extract', 'align', 'judge', 'render'] as const).map((stage) => whole(r.stagesMs[stage])), whole(r.peakMemoryMB)].join(' | '),
  );
  return `| scale | articles | MB | wall s | MB/s | articles/s | ingest ms | segment ms | extract ms | align ms | judge ms | render ms | peak MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n${rows.map((row) => `| ${row} |`).join('\n')}\n\nCold start: \`crosscheck seeds\` takes ${whole(coldStart.cliMs)} ms, \`node -e 0\` ${whole(coldStart.nodeMs)} ms.\n`;
}

/** The generated blocks, by file. */
async function blocks(): Promise<Record<string, Record<string, string>>> {
  const links = { linkTo: linksFrom(README) };
  const seeds = toMdast(await crosscheck(['seeds']), links);
  const story = toMdast(await crosscheck(['test/fixtures/stories/vellmouth-dock-strike']), links);
  const seedSources = (await crosscheck(['seeds'])).sources;
  const added = toSource('seeds/003_review_desk.txt', readFileSync('test/review/fixtures/003_review_desk.txt', 'utf8'));
  const pr = review(compareSources([...seedSources, added]), toReport(compareSources(seedSources)));
  const help = spawnSync(process.execPath, [resolve('dist/cli.js'), '--help'], { encoding: 'utf8' }).stdout;
  const { percents } = evaluate();
  return {
    [README]: {
      'excerpt:seeds': stringify(demote([...seeds.children.slice(0, 2), ...section(seeds, 'Single-source claims').slice(0, 1), ...cut(section(seeds, 'S3:'), 6)])),
      'excerpt:story': stringify(demote([...story.children.slice(0, 2), ...section(story, 'Conflicts').slice(0, 7)])),
      help: `\`\`\`text\n${help}\`\`\`\n`,
      accuracy: accuracyHeadline(percents),
      performance: performanceHeadline(),
      'excerpt:pr': stringify(demote(unified().use(remarkParse).use(remarkGfm).parse(toSummary(pr)).children)),
    },
    'docs/accuracy.md': { 'accuracy:full': accuracyTable(percents) },
    'docs/performance.md': { 'performance:full': performanceTable(), 'performance:shapes': shapesTable() },
  };
}

describe.each(Object.entries(await blocks()))('%s', (file, expected) => {
  let text = readFileSync(file, 'utf8');
  if (process.env['UPDATE']) {
    for (const [name, body] of Object.entries(expected)) {
      text = text.replace(new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`), (_m, open: string, close: string) => `${open}${body}${close}`);
    }
    writeFileSync(file, text);
  }
  it.each(Object.entries(expected))('shows the current %s', (name, body) => {
    expect(text).toContain(`<!-- ${name} -->\n${body}<!-- /`);
  });
});
