/**
 * The executable: its bundle in ASCII, reporting what the unbundled command line reports; its code
 * cache written when missing or made for another bundle (by a run that compares articles), used when
 * it fits, never changing output.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A copy of the built executable and bundle, so that the cache these tests write is their own.
const dist = mkdtempSync(join(tmpdir(), 'crosscheck-bin-'));
for (const file of ['cli.js', 'crosscheck.cjs']) copyFileSync(resolve('dist', file), join(dist, file));
const cache = join(dist, 'crosscheck.cache');
const stamp = createHash('sha1').update(readFileSync(join(dist, 'crosscheck.cjs'))).digest('hex');

// Two articles whose front matter only the `yaml` library reads (quotes, a comment, a list).
const yamlStory = mkdtempSync(join(tmpdir(), 'crosscheck-yaml-'));
writeFileSync(join(yamlStory, 'harbour-post.md'), '---\ntitle: "Ferry fares: up 12%"\noutlet: Harbour Post # weekly\n---\n\nThe ferry company raised fares by 12% on 3 May 2024, its director said.\n');
writeFileSync(join(yamlStory, 'coast-radio.md'), '---\ntitle: \'Fares rise on the ferries\'\nauthor: [Ines Varo, Tom Bell]\n---\n\nFerry fares went up by 15% on 3 May 2024.\n');

function run(input = 'seeds', entry: string[] = [join(dist, 'cli.js')]): string {
  const result = spawnSync(process.execPath, [...entry, resolve(input), '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // What ended the child, so that a failure says more than `null`.
  expect(result.status, `signal ${result.signal}, error ${result.error?.message}, stderr ${result.stderr}`).toBe(0);
  return result.stdout;
}

// Each test starts whole processes (the unbundled ones compile the sources through tsx): seconds each
// on a loaded machine, past vitest's 5 s default.
const slow = { timeout: 60_000 };

describe('crosscheck executable (bundle)', slow, () => {
  it('is built in ASCII, every other character escaped, so that it loads as a one-byte string', () => {
    expect(isAscii(readFileSync(resolve('dist', 'crosscheck.cjs')))).toBe(true);
  });

  // Typographic dashes, apostrophes and quotes sit in the patterns the build escapes; quoted front
  // matter needs the `yaml` library, which the bundle loads from the installed package.
  it.each(['seeds', 'test/fixtures/stories/aldoria-rail-contract', 'test/fixtures/stories/harbour-fest-grandstand', yamlStory])('reports on %s what the unbundled command line reports', (input) => {
    expect(run(input, [resolve('dist/cli.js')])).toBe(run(input, ['--import', 'tsx', resolve('src/cli.ts')]));
  });
});

describe('crosscheck executable (code cache)', slow, () => {
  // Such a cache would hold the option parsing only, and every later start compile the pipeline.
  // (Not `--version`: it reads the package.json beside `dist/`, which this copy has not.)
  it('writes no cache after a run that compares nothing (help, a usage error)', () => {
    const runs: Array<[string[], number]> = [[['--help'], 0], [[], 2], [['seeds', '--format', 'pdf'], 2]];
    for (const [args, status] of runs) {
      const result = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(status);
    }
    expect(existsSync(cache)).toBe(false);
  });

  it('writes the cache when there is none, stamped with the bundle it was made for', () => {
    expect(existsSync(cache)).toBe(false);
    run();
    expect(readFileSync(cache).subarray(0, 40).toString('latin1')).toBe(stamp);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
  });

  it('uses a fitting cache without writing it again, and reports the same', () => {
    const before = readFileSync(cache);
    const withoutCache = run('seeds', ['--import', 'tsx', resolve('src/cli.ts')]);
    expect(run()).toBe(withoutCache);
    expect(readFileSync(cache).equals(before)).toBe(true);
  });

  it('replaces a cache made for another bundle, or one that V8 refuses', () => {
    writeFileSync(cache, `${'0'.repeat(40)}not a cache`);
    const output = run();
    expect(readFileSync(cache).subarray(0, 40).toString('latin1')).toBe(stamp);
    writeFileSync(cache, `${stamp}not V8 data`);
    expect(run()).toBe(output);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
  });
});
