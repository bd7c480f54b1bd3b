/** An article that gives more claims than an article may: the rest of its text is left out, and every report says from where. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CLAIMS } from '../../src/extract/index.js';
import { compareSources, toJson, toMarkdown, toSource } from '../../src/index.js';
import { tempFolder } from '../temp.js';

const prices = `Price list\n\n${Array.from({ length: 3_000 }, (_, i) => `Item ${i} costs $${i + 1} and item ${i}b costs $${i + 2}.`).join(' ')}\n`;

describe(`more than ${MAX_CLAIMS.toLocaleString('en-US')} claims in one article`, () => {
  const comparison = compareSources([toSource('prices.txt', prices), toSource('other.txt', 'Other\n\nA ticket costs $5.\n')]);
  const claims = comparison.groups.flatMap((g) => g.claims).filter((c) => c.source === 'prices');

  it('reads claims up to the limit, in text order, and says where it stopped', () => {
    expect(claims.length).toBeGreaterThanOrEqual(MAX_CLAIMS);
    expect(claims.length).toBeLessThan(MAX_CLAIMS + 10);
    const [left] = comparison.leftOut;
    expect(left?.source).toBe('prices');
    expect(claims.every((c) => c.end <= (left?.offset ?? 0))).toBe(true);
    expect(comparison.leftOut).toHaveLength(1);
  });

  it('says so in the Markdown and the JSON reports', () => {
    expect(toMarkdown(comparison)).toMatch(/\*\*Left out\*\*: S2 gives more than 5,000 claims, the most read from one article; its text from \[line 3, column [\d,]+\]\(prices\.txt#L3\) on is not compared\./);
    const report = JSON.parse(toJson(comparison)) as { leftOut: Array<{ source: string; from: { line: number } }> };
    expect(report.leftOut).toEqual([{ source: 'prices', from: expect.objectContaining({ line: 3 }) }]);
  });

  it('warns on standard error, and the run succeeds', () => {
    const folder = tempFolder('crosscheck-limit-');
    mkdirSync(join(folder, 'story'));
    writeFileSync(join(folder, 'story', 'prices.txt'), prices);
    writeFileSync(join(folder, 'story', 'other.txt'), 'Other\n\nA ticket costs $5.\n');
    const result = spawnSync(process.execPath, [resolve('dist/cli.js'), join(folder, 'story'), '-o', join(folder, 'report.md')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/prices\.txt` gives more than 5,000 claims, the most read from one article; its text from line 3, column [\d,]+ on is left out \(split the file to compare all of it\)/);
  });

  it('is not reached by an ordinary article', () => {
    expect(compareSources([toSource('other.txt', 'Other\n\nA ticket costs $5.\n')]).leftOut).toEqual([]);
  });
});
