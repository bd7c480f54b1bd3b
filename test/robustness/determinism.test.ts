/**
 * The same files give byte-identical Markdown and JSON whatever their order, the locale, the
 * time zone and the current date. The command line is run as users run it (built `dist/cli.js`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crosscheck, toJson, toMarkdown } from '../../src/index.js';
import { tempFolder } from '../temp.js';

const CLI = resolve('dist/cli.js');
const work = tempFolder('crosscheck-determinism-');
mkdirSync(join(work, 'story'));
const FILES: Record<string, string> = {
  'wire.txt': 'Ferry line reopens after strike\n\nThe ferries sailed again on Monday after 14 weeks, and fares rose 12% on May 2.\n\n“We are back,” said harbour master Ana Lee.\n',
  'paper.md': '---\ntitle: Ferries sail again\npublished: 2021-03-01\n---\n\nThe ferries sailed again yesterday after 17 weeks. Talks began last September and end next week.\n\n“We are back,” said harbour master Ana Lee.\n',
  'radio.txt': 'Strike over at the port\n\nThe strike ended on Dec. 31 at midnight, and about 1,200 workers return in January.\n',
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(work, 'story', name), text);
for (const name of readdirSync('seeds')) writeFileSync(join(work, 'story', name), readFileSync(join('seeds', name)));
const files = readdirSync(join(work, 'story')).map((name) => `story/${name}`);

function run(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [CLI, ...args, '--quiet'], { cwd: work, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const SETTINGS: Array<Record<string, string>> = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  { TZ: 'Pacific/Pago_Pago', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'Asia/Kathmandu', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
  { TZ: 'America/St_Johns', LANG: 'ja_JP.UTF-8' },
];

describe('the same files, the same bytes', () => {
  it('whatever the time zone and the locale (which do change what Node formats)', () => {
    const seen = SETTINGS.map((env) => spawnSync(process.execPath, ['-e', 'console.log(new Date(1.6e12).getHours(), (1234.5).toLocaleString())'], { env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' }).stdout);
    expect(new Set(seen).size).toBe(SETTINGS.length);
    for (const format of ['md', 'json']) {
      const outputs = SETTINGS.map((env) => run(['story', '--format', format], env));
      expect(outputs[0]?.length).toBeGreaterThan(1000);
      for (const output of outputs) expect(output).toBe(outputs[0]);
    }
  }, 60_000);

  it('whatever the order in which the files are named', () => {
    const env = SETTINGS[0] as Record<string, string>;
    for (const format of ['md', 'json']) {
      const byFolder = run(['story', '--format', format], env);
      expect(run([...files].reverse().concat('--format', format), env)).toBe(byFolder);
      expect(run([...files.slice(2), ...files.slice(0, 2), '--format', format], env)).toBe(byFolder);
    }
  }, 60_000);
});

describe('the current date', () => {
  afterEach(() => vi.useRealTimers());

  it('changes nothing: reports made "in" 1999 and 2045 are the same', async () => {
    const reports = [];
    for (const now of ['1999-12-31T23:59:59Z', '2045-06-15T12:00:00Z']) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      const comparison = await crosscheck([join(work, 'story')]);
      reports.push(toMarkdown(comparison) + toJson(comparison));
      vi.useRealTimers();
    }
    expect(reports[1]).toBe(reports[0]);
  });

  it('is never read: no code under src/ calls Date.now() or new Date() without an argument', () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/.test(name)) {
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bnew\s+Date\b(?!\s*\()/.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});
