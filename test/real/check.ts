/**
 * `npm run real:check`: checks the cache of real coverage against the committed manifests and
 * gold. Every article a manifest lists must be in `test/real/cache/<story>/<file>`, and every
 * gold anchor must occur exactly once in its article. Prints one line per problem and exits 1 when
 * there is any; with a story name, checks that story only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const STORIES = 'test/real/stories';
const CACHE = 'test/real/cache';

interface Article {
  file: string;
  outlet: string;
  url: string;
  published: string | null;
  query: string;
  rank: number;
}
interface Anchored {
  article: string;
  anchor: string;
}
interface Gold {
  facts: Array<{ id: string; kind: string; verdict: string; mentions: Anchored[] }>;
  unique?: Anchored[];
  distractors?: Array<{ mentions: Anchored[] }>;
}

const KINDS = new Set(['money', 'quantity', 'percent', 'duration', 'date', 'quote', 'role']);

/** The problems of one story, a line each. */
export function checkStory(story: string): string[] {
  const problems: string[] = [];
  const folder = join(STORIES, story);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { articles: Article[] };
  const texts = new Map<string, string>();
  for (const article of manifest.articles) {
    const path = join(CACHE, story, article.file);
    const id = article.file.replace(/\.(txt|md|html?)$/, '');
    if (!existsSync(path)) problems.push(`${story}: missing ${path} (rank ${article.rank} of the pages query "${article.query}")`);
    else texts.set(id, readFileSync(path, 'utf8'));
  }
  if (!existsSync(join(folder, 'gold.json'))) return [...problems, `${story}: no gold.json`];
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const anchors: Array<Anchored & { where: string }> = [
    ...gold.facts.flatMap((fact) => {
      if (!KINDS.has(fact.kind)) problems.push(`${story}: fact ${fact.id} has unknown kind ${fact.kind}`);
      if (fact.verdict !== 'agree' && fact.verdict !== 'conflict') problems.push(`${story}: fact ${fact.id} has verdict ${fact.verdict}`);
      if (new Set(fact.mentions.map((m) => m.article)).size < 2) problems.push(`${story}: fact ${fact.id} is stated by fewer than two articles`);
      return fact.mentions.map((m) => ({ ...m, where: `fact ${fact.id}` }));
    }),
    ...(gold.unique ?? []).map((m) => ({ ...m, where: 'unique' })),
    ...(gold.distractors ?? []).flatMap((d) => d.mentions.map((m) => ({ ...m, where: 'distractor' }))),
  ];
  for (const { article, anchor, where } of anchors) {
    const text = texts.get(article);
    if (text === undefined) {
      if (!manifest.articles.some((a) => a.file.replace(/\.\w+$/, '') === article)) problems.push(`${story}: ${where} names article ${article}, which the manifest does not list`);
      continue;
    }
    const count = text.split(anchor).length - 1;
    if (count !== 1) problems.push(`${story}: ${where}: "${anchor}" occurs ${count} times in ${article}`);
  }
  return problems;
}

/** The stories with a manifest. */
export function realStories(): string[] {
  return existsSync(STORIES) ? readdirSync(STORIES).filter((name) => existsSync(join(STORIES, name, 'manifest.json'))).sort() : [];
}

if (process.argv[1]?.endsWith('check.ts')) {
  const only = process.argv[2];
  const stories = only ? [only] : realStories();
  const problems = stories.flatMap(checkStory);
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  process.stdout.write(`${stories.length} stories checked, ${problems.length} problems\n`);
  process.exitCode = problems.length ? 1 : 0;
}
