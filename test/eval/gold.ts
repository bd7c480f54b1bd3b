/** The gold-annotated stories of the accuracy corpus: articles plus `gold.json`. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kind } from '../../src/model.js';

/** One annotated claim: an exact substring of an article, with the value a careful reader gives it. */
export interface GoldMention {
  article: string;
  anchor: string;
  value?: Record<string, unknown>;
}

/** A fact stated by two articles or more. */
export interface GoldFact {
  id: string;
  kind: Kind;
  verdict: 'agree' | 'conflict';
  note?: string;
  mentions: GoldMention[];
}

/** Mentions of different facts that look alike (dead vs injured, event day vs announcement day). */
export interface GoldDistractor {
  note: string;
  mentions: GoldMention[];
}

/** A story: its folder, its articles' files and its gold. */
export interface Story {
  name: string;
  folder: string;
  files: Array<{ path: string; text: string }>;
  facts: GoldFact[];
  unique: Array<GoldMention & { kind: Kind }>;
  distractors: GoldDistractor[];
}

/** Folders that hold stories, each story a subfolder with articles and a `gold.json`. */
export const STORY_ROOTS = ['test/fixtures/stories', 'test/corpus'];

/** Load every story under the roots, sorted by name. */
export function loadStories(roots: readonly string[] = STORY_ROOTS): Story[] {
  const stories: Story[] = [];
  for (const root of roots) {
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const folder = join(root, entry.name);
      // A story with pages (HTML) is left out: pages are read asynchronously, and the injected
      // conflicts rewrite a file's text, which in a page is markup.
      if (readdirSync(folder).some((f) => /\.html?$/i.test(f))) continue;
      const names = readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f)).sort();
      const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Pick<Story, 'facts'> & Partial<Pick<Story, 'unique' | 'distractors'>>;
      const files = names.map((f) => ({ path: join(folder, f), text: readFileSync(join(folder, f), 'utf8') }));
      stories.push({ name: entry.name, folder, files, facts: gold.facts, unique: gold.unique ?? [], distractors: gold.distractors ?? [] });
    }
  }
  return stories.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Where the real development set lives: manifests and gold committed, article texts in a git-ignored cache. */
export const REAL = { stories: 'test/real/stories', cache: 'test/real/cache' };

/**
 * The stories of real coverage, their articles read from the cache (test/real/README.md), sorted
 * by name; null when the cache is missing or incomplete (a fresh clone, CI): `missing` says which files.
 */
export function loadRealStories(): { stories: Story[]; missing: string[] } {
  const stories: Story[] = [];
  const missing: string[] = [];
  if (!existsSync(REAL.stories)) return { stories, missing };
  for (const name of readdirSync(REAL.stories).sort()) {
    const folder = join(REAL.stories, name);
    if (!existsSync(join(folder, 'manifest.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { articles: Array<{ file: string }> };
    const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Pick<Story, 'facts'> & Partial<Pick<Story, 'unique' | 'distractors'>>;
    const paths = manifest.articles.map((article) => join(REAL.cache, name, article.file));
    const absent = paths.filter((path) => !existsSync(path));
    missing.push(...absent);
    if (absent.length) continue;
    const files = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    stories.push({ name, folder, files, facts: gold.facts, unique: gold.unique ?? [], distractors: gold.distractors ?? [] });
  }
  return { stories, missing };
}
