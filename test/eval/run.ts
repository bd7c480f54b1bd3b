/**
 * `npm run eval`: the accuracy of crosscheck on the gold corpus, printed as a table.
 * `npm run eval -- --write-baseline` records the figures in test/corpus/baseline.json;
 * `npm run eval -- --misses` lists every error behind the figures, a line each.
 */
import { writeFileSync } from 'node:fs';
import { KINDS } from '../../src/model.js';
import { evaluate, percent, sum } from './evaluate.js';

const BASELINE = 'test/corpus/baseline.json';
const started = performance.now();
const { stories, figures, injected, percents, misses } = evaluate();
const row = (name: string, tally: { hit: number; total: number }, target = '') => `| ${name} | ${tally.hit}/${tally.total} | ${percent(tally).toFixed(1)}% | ${target} |`;

const lines = [
  `crosscheck accuracy on ${stories} gold stories (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  '',
  '| figure | hits | % | target |',
  '| --- | ---: | ---: | --- |',
  ...KINDS.map((kind) => row(`mention extraction: ${kind}`, figures.mentions[kind], '≥ 95%')),
  ...KINDS.map((kind) => row(`value correct: ${kind}`, figures.values[kind], kind === 'date' ? '≥ 95%' : '')),
  row('alignment (fact in one group)', figures.alignment, '≥ 90%'),
  row('conflict recall (natural)', figures.conflictRecall, '≥ 90%'),
  row('conflict precision', figures.conflictPrecision, '≥ 90%'),
  row('agreements called conflict', figures.agreeAsConflict, '≤ 5%'),
  row('quote speaker', figures.speakers, '≥ 95%'),
  row('distractors kept apart (pairs)', figures.distractors),
  row('injected conflicts found (all types)', sum(Object.values(injected)), '≥ 90%'),
  row('conflict recall (natural + injected)', sum([figures.conflictRecall, ...Object.values(injected)]), '≥ 90%'),
  // Per type, a breakdown of the row above (the target holds for all types together).
  ...Object.entries(injected).map(([type, tally]) => row(`injected conflict found: ${type}`, tally)),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (process.argv.includes('--misses')) process.stdout.write(`\n${misses.join('\n')}\n`);
if (process.argv.includes('--write-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify(percents, null, 2)}\n`);
  process.stdout.write(`\nwrote ${BASELINE}\n`);
}
