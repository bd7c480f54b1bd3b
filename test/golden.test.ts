/**
 * Golden reports: the seeds' reports in `reports/` and each fixture story's in
 * `test/fixtures/expected/<story>.md` and `.json` (beside the stories, not in their folders, where
 * they would be read as articles) are exactly what the code produces, so that a change of behaviour shows as a
 * readable diff. `UPDATE=1 npm test` rewrites them; review the diff before committing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosscheck, linksFrom, toJson, toMarkdown } from '../src/index.js';

const STORIES = 'test/fixtures/stories';
const EXPECTED = 'test/fixtures/expected';
const cases: Array<[name: string, input: string, markdown: string, json: string]> = [
  ['seeds', 'seeds', 'reports/seeds.md', 'reports/seeds.json'],
  ...readdirSync(STORIES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string, string, string] => [entry.name, join(STORIES, entry.name), join(EXPECTED, `${entry.name}.md`), join(EXPECTED, `${entry.name}.json`)]),
];

describe.each(cases)('the report on %s', (_name, input, markdown, json) => {
  it.each([
    ['Markdown', markdown],
    ['JSON', json],
  ])('%s is the committed one', async (format, path) => {
    const comparison = await crosscheck([input]);
    const produced = format === 'JSON' ? toJson(comparison) : toMarkdown(comparison, { linkTo: linksFrom(path) });
    if (process.env['UPDATE']) writeFileSync(path, produced);
    expect(produced).toBe(readFileSync(path, 'utf8'));
  });
});
