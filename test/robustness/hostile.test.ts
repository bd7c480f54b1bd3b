/**
 * Articles of hostile shapes (test/robustness/shapes.ts) never crash the command line, give a
 * report whose size grows with its claims, and cost time in proportion to their size: the larger
 * article, four times the smaller, may take at most ten times as long (a quadratic step would
 * take sixteen). A complexity check, not a timed test: only the ratio is checked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSources, toJson, toMarkdown, toSource } from '../../src/index.js';
import { tempFolder } from '../temp.js';
import { SHAPES, hostileArticle, hostileFile } from './shapes.js';

const SEED = 'seeds/000_2faa820f79c75e74.txt';
const seed = toSource(SEED, readFileSync(SEED, 'utf8'));
const [SMALL, LARGE] = [10_000, 40_000];

/** The best of two runs of the whole pipeline on the seed and the article: milliseconds, claims, report characters. */
function measure(name: string, size: number): { ms: number; claims: number; characters: number } {
  const source = toSource(hostileFile(name), hostileArticle(name, size));
  let best = Infinity;
  let claims = 0;
  let characters = 0;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    const comparison = compareSources([seed, source]);
    characters = toJson(comparison).length + toMarkdown(comparison).length;
    best = Math.min(best, performance.now() - start);
    claims = comparison.groups.reduce((n, group) => n + group.claims.length, 0);
  }
  return { ms: best, claims, characters };
}

describe.each(Object.keys(SHAPES))('an article of %s', (name) => {
  it('costs time in proportion to its size, and report space in proportion to its claims', () => {
    measure('digits', 2_000);
    const small = measure(name, SMALL);
    const large = measure(name, LARGE);
    expect(large.ms / Math.max(small.ms, 5), `${small.ms.toFixed(0)} ms, then ${large.ms.toFixed(0)} ms`).toBeLessThan(10);
    // The seed's own claims and tables make a fixed part; each further claim a few lines of report.
    expect(large.characters).toBeLessThan(60_000 + 2_500 * large.claims);
  });

  it('gives the command line a report and exit 0, or a one-line error and exit 2, never a stack trace', () => {
    const folder = tempFolder('crosscheck-hostile-');
    mkdirSync(join(folder, 'story'));
    writeFileSync(join(folder, 'story', hostileFile(name)), hostileArticle(name, LARGE));
    copyFileSync(SEED, join(folder, 'story', 'seed.txt'));
    const result = spawnSync(process.execPath, [resolve('dist/cli.js'), join(folder, 'story'), '-o', join(folder, 'report.json')], { encoding: 'utf8' });
    expect([0, 2]).toContain(result.status);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
