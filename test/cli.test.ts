/** The command line as a user meets it: built `dist/cli.js` (npm test builds first), run in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './temp.js';

const CLI = resolve('dist/cli.js');
const work = tempFolder('crosscheck-cli-');
mkdirSync(join(work, 'story'));
writeFileSync(join(work, 'story', 'wire.txt'), 'Ferries sail again\n\nThe ferries sailed again on May 2 after 14 weeks of repairs.\n');
writeFileSync(join(work, 'story', 'paper.md'), '---\ntitle: Ferry line reopens\npublished: 2026-05-04\n---\n\nAfter 17 weeks of repairs, the ferries sailed again.\n');
mkdirSync(join(work, 'reports'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('crosscheck (command line)', () => {
  it('stops quietly, exit 0, when the reader of standard output goes away (`| head`)', () => {
    const script = `"${process.execPath}" "${CLI}" "${resolve('seeds')}" --format json 2>"${join(work, 'pipe.err')}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(readFileSync(join(work, 'pipe.err'), 'utf8')).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });

  it('exits 1 with --fail-on conflict when sources conflict, 0 without it', () => {
    const failing = run('story', '--fail-on', 'conflict', '--format', 'json');
    expect(failing.code).toBe(1);
    expect(failing.err).toMatch(/^crosscheck: 1 conflict \(--fail-on conflict\): duration-\w+; review them/);
    expect(JSON.parse(failing.out).summary.conflict).toBe(1);
    expect(run('story').code).toBe(0);
  });

  it('exits 1 with --check when a report is stale, 0 when current, and writes nothing', () => {
    writeFileSync(join(work, 'reports', 'c.md'), 'old\n');
    const stale = run('story', '-o', 'reports/c.md', '--check');
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('`reports/c.md` is out of date');
    expect(readFileSync(join(work, 'reports', 'c.md'), 'utf8')).toBe('old\n');
    expect(run('story', '-o', 'reports/c.md').code).toBe(0);
    expect(run('story', '-o', 'reports/c.md', '--check').code).toBe(0);
  });

  it('reports a single source with a note, and says so on standard error', () => {
    const { code, out, err } = run('story/wire.txt');
    expect(code).toBe(0);
    expect(out).toContain('**One source only**: every claim below is single-source');
    expect(err).toBe('crosscheck: warning: one source only (`story/wire.txt`): every claim is single-source; name other articles to compare\n');
  });

  it('leaves the previous reports untouched when a run fails on its input', () => {
    writeFileSync(join(work, 'reports', 'keep.md'), 'previous report\n');
    writeFileSync(join(work, 'reports', 'keep.json'), '{}\n');
    const failed = run('story', 'story/missing.txt', '-o', 'reports/keep.md', '-o', 'reports/keep.json');
    expect(failed.code).toBe(2);
    expect(readFileSync(join(work, 'reports', 'keep.md'), 'utf8')).toBe('previous report\n');
    expect(readFileSync(join(work, 'reports', 'keep.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(join(work, 'reports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('loads the HTML libraries only when a page is read: their chunk is imported lazily, never at start-up', () => {
    const bundle = readFileSync(CLI, 'utf8');
    const lazy = /import\("\.\/chunks\/(page-[\w-]+\.js)"\)/.exec(bundle)?.[1];
    expect(lazy).toBeDefined();
    expect(bundle).not.toMatch(/from "\.\/chunks\/page-/);
    expect(bundle).not.toContain('Readability');
    expect(readFileSync(resolve('dist/chunks', lazy ?? ''), 'utf8')).toContain('Readability');
  });

  it('reads a folder of saved pages beside text and Markdown', () => {
    const page = '<!DOCTYPE html><html><head><meta property="article:published_time" content="2026-05-03"><title>Ferries back</title></head><body><nav><a href="/">Home</a></nav><article><p>The ferries sailed again on May 2 after <b>14&nbsp;weeks</b> of repairs to the pier, the operator said, and 3,000 passengers crossed on the first day.</p><p>The harbour master said the pier would now last another 30 years.</p></article></body></html>';
    mkdirSync(join(work, 'mixed'));
    for (const name of ['wire.txt', 'paper.md']) writeFileSync(join(work, 'mixed', name), readFileSync(join(work, 'story', name)));
    writeFileSync(join(work, 'mixed', 'site.html'), page);
    const { code, out, err } = run('mixed', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { sources: Array<{ id: string; title: string | null; published: string | null }>; groups: Array<{ claims: Array<{ source: string; text: string }> }> };
    expect(report.sources.find((source) => source.id === 'site')).toMatchObject({ title: 'Ferries back', published: '2026-05-03' });
    expect(report.groups.flatMap((group) => group.claims).filter((claim) => claim.source === 'site').map((claim) => claim.text)).toContain('14&nbsp;weeks');
  });

  it('prints help that names every option', () => {
    const { code, out } = run('--help');
    expect(code).toBe(0);
    for (const option of ['--format', '--output', '--baseline', '--accept', '--fail-on', '--check', '--quiet', '--help', '--version', 'Exit codes']) expect(out).toContain(option);
  });

  it('prints a Markdown report by default', () => {
    const { code, out } = run('story');
    expect(code).toBe(0);
    expect(out).toMatch(/^# Consistency report\n/);
    expect(out).toContain('[L3](story/wire.txt#L3)');
  });

  it('writes each -o file in the format its name says, links relative to it', () => {
    const { code, out } = run('story', '-o', 'reports/s.md', '-o', 'reports/s.json');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(join(work, 'reports/s.md'), 'utf8')).toContain('(../story/wire.txt#L3)');
    expect(JSON.parse(readFileSync(join(work, 'reports/s.json'), 'utf8')).schema).toBe('crosscheck/report@1');
  });

  it.each([
    ['no arguments', [], /^crosscheck: Name the articles to compare/],
    ['a missing path', ['nowhere'], /^crosscheck: Cannot find `nowhere`: check the path\n$/],
    ['an unknown format', ['story', '--format', 'pdf'], /^crosscheck: Unknown format `pdf`: use md, json, github or sarif\n$/],
    ['an unknown option', ['story', '--colour'], /^crosscheck: Unknown option '--colour' \(see `crosscheck --help`\)\n$/],
    ['an output folder that does not exist', ['story', '-o', 'missing/r.md'], /^crosscheck: Cannot write `missing\/r.md`: folder `missing` does not exist; create it first\n$/],
    ['an unknown --fail-on', ['story', '--fail-on', 'sometimes'], /^crosscheck: Unknown `--fail-on sometimes`: use conflict, new-conflict or never\n$/],
    ['--check without -o', ['story', '--check'], /^crosscheck: `--check` compares report files: name them with `-o`/],
    ['a baseline that is not a report', ['story', '--baseline', 'story/wire.txt'], /^crosscheck: The baseline `story\/wire.txt` is not JSON: give a report written by `crosscheck --format json`\n$/],
    ['a malformed accept file', ['story', '--accept', 'story/wire.txt'], /^crosscheck: Malformed accept file `story\/wire.txt`: expected a list of/],
  ])('exits 2 with one line for %s, writing nothing', (_name, args, message) => {
    const { code, out, err } = run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
    expect(existsSync(join(work, 'missing'))).toBe(false);
  });
});
