/**
 * The README stays true: its `--help` block is the CLI's help, its report excerpts are what the
 * code renders today, its accuracy table is today's evaluation and its performance table the last
 * `npm run bench` (bench/results.json). `UPDATE=1 npm test` rewrites the marked blocks.
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

/** The evaluation's figures as a Markdown table with the targets of issue #3. */
function accuracyTable(): string {
  const { percents } = evaluate();
  const rows: Array<[string, string, string]> = [
    ...KINDS.map((kind): [string, string, string] => [`extraction: ${kind}`, `mentions.${kind}`, '≥ 95%']),
    ...KINDS.map((kind): [string, string, string] => [`value: ${kind}`, `values.${kind}`, kind === 'date' ? '≥ 95%' : '']),
    ['alignment', 'alignment', '≥ 90%'],
    ['conflict recall (as written)', 'conflict.recall', '≥ 90%'],
    ['conflict recall (with injected)', 'conflict.recall.with.injected', '≥ 90%'],
    ['conflict precision', 'conflict.precision', '≥ 90%'],
    ['agreements called conflict', 'agree.called.conflict', '≤ 5%'],
    ['distractors kept apart', 'distractors.apart', ''],
    ['quote speaker', 'quote.speaker', '≥ 95%'],
    ['injected conflicts found (all types)', 'injected.all', '≥ 90%'],
    ...(['number', 'date', 'quote-word', 'quote-negation', 'speaker'] as const).map((type): [string, string, string] => [`injected ${type} found`, `injected.${type}`, '']),
  ];
  return `| figure | % | target |\n| --- | ---: | --- |\n${rows.map(([label, key, target]) => `| ${label} | ${(percents[key] ?? 0).toFixed(1)} | ${target} |`).join('\n')}\n`;
}

interface BenchScale {
  scale: number;
  articles: number;
  wallMs: number;
  articlesPerSecond: number;
  stagesMs: Record<'extract' | 'align' | 'render', number>;
  peakMemoryMB: number;
  toFloor: number;
  toPeer: number;
  floorMs: number;
  peerMs: number;
  librariesMs: { chrono: number; serialize: number };
}

/** The scales of the last `npm run bench` (bench/results.json). */
const benchScales = (): BenchScale[] => (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { scales: BenchScale[] }).scales;
const whole = (n: number) => Math.round(n).toLocaleString('en-US');

/** The last `npm run bench` as the README's performance table. */
function performanceTable(): string {
  const rows = benchScales().map((r) =>
    [`${r.scale}×`, whole(r.articles), (r.wallMs / 1000).toFixed(2), whole(r.articlesPerSecond), whole(r.stagesMs.extract), whole(r.stagesMs.align), whole(r.stagesMs.render), whole(r.peakMemoryMB), r.toFloor.toFixed(1), r.toPeer.toFixed(2)].join(' | '),
  );
  return `| scale | articles | wall s | articles/s | extract ms | align ms | render ms | peak MB | × floor | × chrono peer |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
}

/** The same run's cost of chrono-node and of serializing the Markdown tree, alone, against its floor and peer. */
function librariesTable(): string {
  const rows = benchScales().map((r) => {
    const together = r.librariesMs.chrono + r.librariesMs.serialize;
    return [`${r.scale}×`, whole(r.librariesMs.chrono), whole(r.librariesMs.serialize), whole(together), whole(r.peerMs), (together / r.floorMs).toFixed(1), (together / r.peerMs).toFixed(2)].join(' | ');
  });
  return `| scale | chrono-node ms | serializing the Markdown ms | together ms | peer ms | × floor | × chrono peer |\n|---|---:|---:|---:|---:|---:|---:|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;
}

async function blocks(): Promise<Record<string, string>> {
  const links = { linkTo: linksFrom(README) };
  const seeds = toMdast(await crosscheck(['seeds']), links);
  const story = toMdast(await crosscheck(['test/fixtures/stories/vellmouth-dock-strike']), links);
  const seedSources = (await crosscheck(['seeds'])).sources;
  const added = toSource('seeds/003_review_desk.txt', readFileSync('test/review/fixtures/003_review_desk.txt', 'utf8'));
  const pr = review(compareSources([...seedSources, added]), toReport(compareSources(seedSources)));
  const help = spawnSync(process.execPath, [resolve('dist/cli.js'), '--help'], { encoding: 'utf8' }).stdout;
  return {
    'excerpt:seeds': stringify(demote([...seeds.children.slice(0, 2), ...section(seeds, 'Single-source claims').slice(0, 1), ...cut(section(seeds, 'S3:'), 6)])),
    'excerpt:story': stringify(demote([...story.children.slice(0, 2), ...section(story, 'Conflicts').slice(0, 7)])),
    help: `\`\`\`text\n${help}\`\`\`\n`,
    accuracy: accuracyTable(),
    performance: performanceTable(),
    'performance:libraries': librariesTable(),
    'excerpt:pr': stringify(demote(unified().use(remarkParse).use(remarkGfm).parse(toSummary(pr)).children)),
  };
}

describe('README', async () => {
  const expected = await blocks();
  let text = readFileSync(README, 'utf8');
  if (process.env['UPDATE']) {
    for (const [name, body] of Object.entries(expected)) {
      text = text.replace(new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(<!-- /${name} -->)`), (_m, open: string, close: string) => `${open}${body}${close}`);
    }
    writeFileSync(README, text);
  }
  it.each(Object.entries(expected))('shows the current %s', (name, body) => {
    expect(text).toContain(`<!-- ${name} -->\n${body}<!-- /`);
  });
});
