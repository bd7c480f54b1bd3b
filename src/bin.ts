#!/usr/bin/env node
/**
 * The `crosscheck` executable (built as `dist/cli.js`): runs the bundled command line
 * (`crosscheck.cjs`, built from `cli.ts`) with V8's code cache (`crosscheck.cache` beside it), so
 * that a start neither parses the 1 MB bundle again nor compiles the functions a run needs. Node 22
 * does this for modules (`module.enableCompileCache`); Node 20, which we support, only offers
 * `vm.Script`'s `cachedData`, hence this small loader. The build writes the cache; the first run
 * that compares articles and finds it missing, made for another bundle (the SHA-1 at its head) or
 * refused by V8 (another Node.js) writes it again at exit, and quietly goes without where the folder
 * is read-only.
 */
import './runtime-flags.js';
import { isAscii } from 'node:buffer';
import { hash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = fileURLToPath(new URL('crosscheck.cjs', import.meta.url));
const CACHE = fileURLToPath(new URL('crosscheck.cache', import.meta.url));
const STAMP_LENGTH = 40;

const bundle = readFileSync(BUNDLE);
const stamp = hash('sha1', bundle);
const cached = readCache();
// CommonJS's own wrapper; the bundle's `#!` line becomes a comment, so that lines keep their numbers.
// The build writes the bundle in ASCII (non-ASCII characters as `\u` escapes): read as such, it is a
// string of one byte per character, half the memory V8 touches for a two-byte one, and quicker to decode.
const source = bundle.toString(isAscii(bundle) ? 'latin1' : 'utf8').replace(/^#!/, '//');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: BUNDLE,
  ...(cached ? { cachedData: cached } : {}),
});
const module: { exports: { compared?: boolean } } = { exports: {} };
// Written after a run that compared articles (`compared`, exported by the bundle): the cache then
// holds the pipeline's code, not only what `--help` or a usage error compiled.
if (!cached || script.cachedDataRejected) process.once('exit', () => module.exports.compared && writeCache());
(script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));

/** The cache's V8 data, when the cache was made for this bundle. */
function readCache(): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return file.subarray(0, STAMP_LENGTH).toString('latin1') === stamp ? file.subarray(STAMP_LENGTH) : undefined;
}

/** Writes the cache with what this run compiled, atomically (runs in parallel may all write it). */
function writeCache(): void {
  const temporary = `${CACHE}.${process.pid}`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
    renameSync(temporary, CACHE);
  } catch {
    rmSync(temporary, { force: true });
  }
}
