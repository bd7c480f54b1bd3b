/**
 * The command line's V8 setting (src/runtime-flags.ts, as built in `dist/`), in processes of their
 * own: V8's flags belong to the whole process.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const FLAGS = pathToFileURL(resolve('dist/runtime-flags.js')).href;

/** Runs `code` as a module with V8's test functions; its standard output, or how it failed. */
function run(code: string): string {
  const result = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : `status ${result.status}, signal ${result.signal}: ${result.stderr}`;
}

describe('the command line V8 setting', { timeout: 30_000 }, () => {
  it('compiles a pattern to machine code at its first match, with no interpreted first run', () => {
    const code = `const before = /a+b/; before.exec('xaab'); await import('${FLAGS}'); const after = /c+d/; after.exec('xccd');
      console.log(%RegexpHasBytecode(before, true), %RegexpHasBytecode(after, true), %RegexpHasNativeCode(after, true));`;
    expect(run(code)).toBe('true false true\n');
  });

  // `--no-regexp-tier-up` set at run time crashes here: a pattern interpreted once before the change
  // is left marked for tier-up with only its bytecode. Node.js, and tsx when preloaded, run patterns
  // before the command line's first module; the crash was an intermittent failure of the bin test.
  it('leaves alone patterns that already ran once, whatever they run on next', () => {
    const code = `/\\s+/.exec('a b'); 'a b'.split(/,\\s*/); await import('${FLAGS}');
      const text = 'word, '.repeat(2000); let n = 0;
      for (let i = 0; i < 100; i++) n += text.split(/\\s+/).length + text.split(/,\\s*/).length + (/\\s+/.exec(text)?.index ?? 0);
      console.log(n);`;
    expect(run(code)).toBe('400700\n');
  });
});
