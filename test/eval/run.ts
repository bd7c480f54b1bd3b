/**
 * `npm run eval`: the accuracy of crosscheck on real coverage (test/real/, when its cache is
 * there) and on the invented corpus (test/corpus/, test/fixtures/stories/), side by side.
 * With the real cache, the real figures are written to test/real/figures.json, which the docs
 * quote. `-- --misses` lists every error behind the figures, a line each (`-- --misses=real` or
 * `=invented` for one set); `-- --write-baseline` records the invented figures in
 * test/corpus/baseline.json, which guard.test.ts holds.
 */
import { writeFileSync } from 'node:fs';
import { KINDS } from '../../src/model.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { loadRealStories, loadStories } from './gold.js';

const BASELINE = 'test/corpus/baseline.json';
const REAL_FIGURES = 'test/real/figures.json';

/** Rows of the table: label, figure key, target. */
const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['conflict recall (as written)', 'conflict.recall', '≥ 85%'],
  ['conflict recall (with injected)', 'conflict.recall.with.injected', '≥ 85%'],
  ['conflict precision', 'conflict.precision', '≥ 85%'],
  ['agreements called conflict', 'agree.called.conflict', '≤ 5%'],
  ['claims found (mentions)', 'mentions.all', '≥ 90%'],
  ['facts aligned in one group', 'alignment', '≥ 85%'],
  ['quote speaker', 'quote.speaker', '≥ 95%'],
  ['values correct', 'values.all', ''],
  ['distractors kept apart', 'distractors.apart', ''],
  ...KINDS.map((kind) => [`claims found: ${kind}`, `mentions.${kind}`, ''] as const),
  ...KINDS.map((kind) => [`value correct: ${kind}`, `values.${kind}`, ''] as const),
  ...(['number', 'date', 'quote-word', 'quote-negation', 'speaker'] as const).map((type) => [`injected ${type} found`, `injected.${type}`, ''] as const),
];

const started = performance.now();
const real = loadRealStories();
const realEvaluation: Evaluation | null = real.stories.length && !real.missing.length ? evaluate(real.stories) : null;
const invented = evaluate(loadStories());
const cell = (evaluation: Evaluation | null, key: string) => (evaluation ? `${(evaluation.percents[key] ?? 0).toFixed(1)}` : '—');
const count = (evaluation: Evaluation | null) => (evaluation ? `${evaluation.stories} stories` : 'no cache');

const lines = [
  `crosscheck accuracy (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  '',
  realEvaluation
    ? `Real coverage: ${realEvaluation.stories} stories from test/real/ (figures written to ${REAL_FIGURES}).`
    : `Real coverage: not measured, the cache is missing ${real.missing.length} article files (rebuild it from the manifests: test/real/README.md).`,
  '',
  `| figure | real (${count(realEvaluation)}) | invented (${count(invented)}) | target (real) |`,
  '| --- | ---: | ---: | --- |',
  ...ROWS.map(([label, key, target]) => `| ${label} | ${cell(realEvaluation, key)} | ${cell(invented, key)} | ${target} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
const misses = process.argv.find((arg) => arg.startsWith('--misses'));
if (misses) {
  const which = misses.split('=')[1];
  if (realEvaluation && which !== 'invented') process.stdout.write(`\nReal coverage:\n${realEvaluation.misses.join('\n')}\n`);
  if (which !== 'real') process.stdout.write(`\nInvented corpus:\n${invented.misses.join('\n')}\n`);
}
if (realEvaluation) writeFileSync(REAL_FIGURES, `${JSON.stringify({ stories: realEvaluation.stories, ...realEvaluation.percents }, null, 2)}\n`);
if (process.argv.includes('--write-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify(invented.percents, null, 2)}\n`);
  process.stdout.write(`\nwrote ${BASELINE}\n`);
}
