/**
 * The real development set is sound: every manifest lists 4 to 6 articles of different outlets,
 * every fact spans two articles or more with a value for every mention. The anchors are checked
 * against the article texts when the git-ignored cache is there (`npm run real:check` says more).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model.js';
import { checkStory } from '../real/check.js';
import { REAL } from './gold.js';

const stories = readdirSync(REAL.stories).filter((name) => existsSync(join(REAL.stories, name, 'manifest.json'))).sort();
const cached = stories.every((name) => existsSync(join(REAL.cache, name)));

describe('the real development set', () => {
  it('has at least 20 stories of 2010–2020', () => {
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const name of stories) expect(Number(name.slice(0, 4)), name).toBeGreaterThanOrEqual(2010);
    for (const name of stories) expect(Number(name.slice(0, 4)), name).toBeLessThanOrEqual(2020);
  });

  it.each(stories)('%s: 4–6 outlets, facts in two articles or more, every mention valued', (name) => {
    const manifest = JSON.parse(readFileSync(join(REAL.stories, name, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string; outlet: string; url: string; query: string; rank: number }> };
    const gold = JSON.parse(readFileSync(join(REAL.stories, name, 'gold.json'), 'utf8')) as { facts: Array<{ id: string; kind: string; mentions: Array<{ article: string; value?: unknown }> }> };
    expect(manifest.articles.length).toBeGreaterThanOrEqual(4);
    expect(manifest.articles.length).toBeLessThanOrEqual(6);
    expect(new Set(manifest.articles.map((a) => a.outlet)).size).toBe(manifest.articles.length);
    for (const article of manifest.articles) expect(article.query && article.url && article.rank > 0, article.file).toBeTruthy();
    for (const fact of gold.facts) {
      expect(KINDS, fact.id).toContain(fact.kind);
      expect(new Set(fact.mentions.map((m) => m.article)).size, fact.id).toBeGreaterThanOrEqual(2);
      expect(fact.mentions.filter((m) => !m.value), fact.id).toEqual([]);
    }
  });

  it.runIf(cached)('has every gold anchor exactly once in its cached article', () => {
    expect(stories.flatMap(checkStory)).toEqual([]);
  });
});
