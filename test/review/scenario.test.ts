/**
 * The pull-request scenario, end to end in a temporary git repository, running the workflow's
 * own `run:` steps as written: an added article contradicts the seeds on a date and a quote and
 * corroborates a count; then a conflict is accepted; then the article is reverted.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempFolder } from '../temp.js';

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

const CLI = resolve('dist/cli.js');
const ARTICLE = resolve('test/review/fixtures/003_review_desk.txt');
const workflow = parse(readFileSync('.github/workflows/crosscheck.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs)[0]?.steps.filter((s) => s.run && s.run !== 'npm ci') ?? [];
const step = (name: string) => steps.find((s) => s.name?.startsWith(name)) as Step;

const root = tempFolder('crosscheck-pr-');
const origin = join(root, 'origin');
const clone = join(root, 'clone');
const temp = join(root, 'runner-temp');
const summaryFile = join(root, 'summary.md');
const gitEnv = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };

function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, ...gitEnv, ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Run a workflow step as GitHub would: its env with expressions filled in, RUNNER_TEMP and the summary file set. */
function runStep(s: Step) {
  const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([k, v]) => [k, v.replace('${{ github.base_ref }}', 'main')]));
  return sh(s.run as string, clone, { ...env, RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: summaryFile });
}

function setUp(): void {
  mkdirSync(temp, { recursive: true });
  mkdirSync(join(origin, 'reports'), { recursive: true });
  cpSync('seeds', join(origin, 'seeds'), { recursive: true });
  writeFileSync(join(origin, 'package.json'), '{ "name": "story-desk", "private": true }\n');
  writeFileSync(join(origin, '.gitignore'), 'node_modules/\n');
  expect(sh(`node ${CLI} seeds -o reports/seeds.md -o reports/seeds.json`, origin).code).toBe(0);
  expect(sh('git init -q -b main && git add -A && git commit -qm "Seeds and their reports"', origin).code).toBe(0);
  expect(sh(`git clone -q ${origin} ${clone} && git -C ${clone} checkout -q -b add-article`, root).code).toBe(0);
  // What `npm ci` gives a project that depends on crosscheck: its command in node_modules/.bin,
  // linked to the package's bin, which npm makes executable (a fresh build is not).
  mkdirSync(join(clone, 'node_modules', '.bin'), { recursive: true });
  chmodSync(CLI, 0o755);
  symlinkSync(CLI, join(clone, 'node_modules', '.bin', 'crosscheck'));
  cpSync(ARTICLE, join(clone, 'seeds', '003_review_desk.txt'));
}

describe('a pull request that adds an article', () => {
  setUp();
  writeFileSync(summaryFile, '');
  expect(runStep(step('Baseline')).code).toBe(0);
  const annotate = runStep(step('Conflicts new'));
  const summary = readFileSync(summaryFile, 'utf8');
  const warnings = annotate.out.split('\n').filter((line) => line.startsWith('::warning '));

  it('fails on the new conflicts, with one line that names them', () => {
    expect(annotate.code).toBe(1);
    expect(annotate.err).toMatch(/^crosscheck: 2 new conflicts \(--fail-on new-conflict\): date-\w+, quote-\w+; review them/m);
  });

  it('annotates both sides of each conflict at the right lines', () => {
    const places = warnings.map((w) => /file=([^,]+),line=(\d+),endLine=\d+,col=(\d+)/.exec(w)?.slice(1).join(':')).sort();
    expect(places).toEqual(['seeds/000_2faa820f79c75e74.txt:27:1', 'seeds/002_c80efc2a68bbb95b.txt:5:133', 'seeds/003_review_desk.txt:5:1', 'seeds/003_review_desk.txt:9:65']);
    expect(warnings.every((w) => w.includes('title=New conflict'))).toBe(true);
  });

  it('lists the new conflicts and the corroborated count in the job summary', () => {
    expect(summary).toContain('## crosscheck: 2 conflicts, 2 new');
    expect(summary).toContain('**New conflicts (2)**');
    expect(summary).toMatch(/\*\*Newly corroborated \(\d\)\*\*\n(?:.*\n)*?.*5,000 troops, 003_review_desk states about 5,000 troops/);
    expect(summary).toContain('**Sources added**: 003_review_desk');
  });

  it('finds the committed reports stale until they are regenerated', () => {
    const stale = runStep(step('Committed reports'));
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('`reports/seeds.md` is out of date');
    expect(sh(`node ${CLI} seeds -o reports/seeds.md -o reports/seeds.json`, clone).code).toBe(0);
    expect(runStep(step('Committed reports')).code).toBe(0);
  });

  it('stops failing on a conflict once it is accepted, and on all once all are', () => {
    const report = JSON.parse(readFileSync(join(clone, 'reports', 'seeds.json'), 'utf8')) as { groups: Array<{ id: string; verdict: string; kind: string }> };
    const [date, quote] = ['date', 'quote'].map((kind) => report.groups.find((g) => g.verdict === 'conflict' && g.kind === kind)?.id);
    writeFileSync(join(clone, 'crosscheck.accept.yaml'), `- group: ${quote}\n  note: Translation of the same remark; checked with the agency.\n  by: desk\n`);
    const one = runStep(step('Conflicts new'));
    expect(one.code).toBe(1);
    expect(one.err).toContain(`1 new conflict (--fail-on new-conflict): ${date};`);
    expect(one.out.split('\n').filter((l) => l.startsWith('::warning ')).length).toBe(2);
    writeFileSync(join(clone, 'crosscheck.accept.yaml'), `- group: ${quote}\n  note: Translation of the same remark.\n- group: ${date}\n  note: The agency moved the drills; both dates were true at the time.\n`);
    const all = runStep(step('Conflicts new'));
    expect(all.code).toBe(0);
    expect(all.out).toBe('');
    const markdown = sh(`node ${CLI} seeds`, clone).out;
    expect(markdown).toContain('**Reviewed**: Translation of the same remark.');
    rmSync(join(clone, 'crosscheck.accept.yaml'));
  });

  it('reports the conflicts resolved when the article is reverted', () => {
    cpSync(join(clone, 'reports', 'seeds.json'), join(temp, 'with-article.json'));
    rmSync(join(clone, 'seeds', '003_review_desk.txt'));
    const after = sh(`node ${CLI} seeds --baseline ${join(temp, 'with-article.json')} --fail-on new-conflict`, clone);
    expect(after.code).toBe(0);
    expect(after.out).toContain('**Resolved conflicts (2)**');
    expect(after.out).toContain('**Sources removed**: 003_review_desk');
  });
});
