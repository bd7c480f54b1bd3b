/**
 * Golden test: the committed reports in `reports/` are exactly what the code produces from
 * `seeds/`. `UPDATE=1 npm test` rewrites them; review the diff before committing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosscheck, linksFrom, toJson, toMarkdown } from '../../src/index.js';

const REPORTS = { md: 'reports/seeds.md', json: 'reports/seeds.json' };

describe('the seeds report', async () => {
  const comparison = await crosscheck(['seeds']);
  const produced = { md: toMarkdown(comparison, { linkTo: linksFrom(REPORTS.md) }), json: toJson(comparison) };

  it.each(Object.entries(REPORTS) as Array<[keyof typeof REPORTS, string]>)('%s matches the committed report', (format, path) => {
    if (process.env['UPDATE']) writeFileSync(path, produced[format]);
    expect(produced[format]).toBe(readFileSync(path, 'utf8'));
  });
});
