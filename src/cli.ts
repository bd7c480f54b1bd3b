#!/usr/bin/env node
/**
 * The command line: parses arguments, reads files, writes reports, sets the exit code. The only
 * module that touches `process`, the terminal and exit codes.
 */
import { once } from 'node:events';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { InputError, crosscheck, linksFrom } from './index.js';
import { DEFAULT_MAX_BYTES, locate, parseSize, readSources } from './ingest/index.js';
import { MAX_CLAIMS } from './extract/index.js';
import type { Source } from './model.js';
import type { Report } from './render/json.js';
import { staleOutputs } from './review/check.js';
import { toAnnotations, toSummary } from './review/github.js';
import { FAIL_ON, failing, readAcceptances, review, type Acceptance, type FailOn, type Reviewed } from './review/index.js';
import { reviewedJsonPieces } from './review/json.js';
import { reviewOptions } from './review/markdown.js';
import { markdownPieces } from './render/markdown.js';
import { toSarif } from './review/sarif.js';
import { progressLine } from './progress.js';

const FORMATS = ['md', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const ACCEPT_FILES = ['crosscheck.accept.json', 'crosscheck.accept.yaml', 'crosscheck.accept.yml'];

const HELP = `Usage: crosscheck <files | folders | globs …> [options]

Compare news articles about one story, claim by claim (money, quantities, percentages,
durations, dates, quotes with their speakers, people's roles): where the sources agree,
partly agree, conflict, and what only one source says, each claim linked to its line.

Options:
  -f, --format <format>   md (default), json, github (workflow annotations and a job
                          summary) or sarif (SARIF 2.1.0); without it, taken from the
                          -o file's extension (.md, .json, .sarif)
  -o, --output <file>     write the report to <file> instead of standard output;
                          repeat to write several formats in one run
  --baseline <file.json>  a previous JSON report: list new and resolved conflicts,
                          changed verdicts, newly corroborated claims, sources added
                          and removed
  --accept <file>         reviewed conflicts (JSON or YAML list of { group, note });
                          default: crosscheck.accept.json, .yaml or .yml if present
  --fail-on <when>        conflict, new-conflict (needs --baseline to tell what is new;
                          without it every conflict is new) or never (default): exit 1
                          when an unreviewed conflict of that kind is found
  --check                 write nothing; exit 1 if the -o files differ from what this
                          run would write (use in CI; \`npm run report\` rewrites them)
  --max-bytes <size>      the largest article file to read: 20MB, 500kB or a number
                          of bytes (default 10MB)
  -q, --quiet             print no warnings and no progress on standard error
  -h, --help              show this help
  -v, --version           print the version

Inputs: .txt, .md and saved web pages (.html, .htm). Markdown may open with YAML
front matter (title, outlet, url, published: YYYY-MM-DD). Of a page, only the
article is read (navigation, banners, share buttons, related links and comments
give no claims), and its title, outlet, url and publication day come from its
JSON-LD, og: and article: meta tags, <time> or <title>; positions point at lines of
the HTML file. A folder stands for its .txt, .md and .html files (not subfolders);
quote globs so that crosscheck expands them: 'news/**/*.md'. At most
5,000 claims are read from one article; the rest of its text is left out, with a
warning, and the report says from where.

Exit codes: 0 report written (or current, with --check); 1 --fail-on found a
conflict or --check found a stale report; 2 usage or input error (nothing written).

Examples:
  crosscheck seeds                                   Markdown report to standard output
  crosscheck seeds -o reports/seeds.md -o reports/seeds.json
  crosscheck seeds --baseline old.json --format github --fail-on new-conflict
  crosscheck seeds -o reports/seeds.md -o reports/seeds.json --check
`;

class UsageError extends Error {}

interface Output {
  path: string | null;
  format: Format;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) return print(HELP);
  if (values.version) return print(`${version()}\n`);
  if (!positionals.length) throw new UsageError('Name the articles to compare: `crosscheck <files | folders | globs …>` (see `crosscheck --help`)');
  const outputs = planOutputs(values.output ?? [], values.format);
  const failOn = parseFailOn(values['fail-on']);
  const maxBytes = parseMaxBytes(values['max-bytes']);
  if (values.check && !outputs.some((o) => o.path)) throw new UsageError('`--check` compares report files: name them with `-o` (see `crosscheck --help`)');
  if (!values.check) for (const output of outputs) if (output.path) await checkWritable(output.path);
  const baseline = values.baseline ? await readBaseline(values.baseline) : null;
  const acceptances = await readAcceptFile(values.accept);
  // Progress only on a terminal, never in CI logs or pipes, and not with --quiet.
  const progress = progressLine(process.stderr, !values.quiet && !process.env['CI'], () => performance.now());
  let read: Awaited<ReturnType<typeof readSources>>;
  let reviewed: Reviewed;
  try {
    read = await readSources(positionals, { maxBytes });
    progress.update(`read ${read.sources.length} files`);
    reviewed = review(await crosscheck(read.sources, { onStage: (stage) => progress.update(`${stage} done`) }), baseline, acceptances);
  } finally {
    progress.done();
  }
  if (!values.quiet) await warn(reviewed, read.skipped);
  // Rendered as written, a piece at a time: a large report is never one string.
  const rendered = outputs.map((output) => ({ output, pieces: render(reviewed, output) }));
  if (values.check) return check(rendered.map(({ output, pieces }) => ({ output, text: [...pieces].join('') })));
  await writeAtomic(rendered.filter((r): r is { output: Output & { path: string }; pieces: Iterable<string> } => r.output.path !== null).map(({ output, pieces }) => ({ path: output.path, pieces })));
  for (const { output, pieces } of rendered) {
    if (!output.path) await writeOut(pieces);
    if (output.format === 'github' && process.env['GITHUB_STEP_SUMMARY']) appendFileSync(process.env['GITHUB_STEP_SUMMARY'], toSummary(reviewed));
  }
  const failed = failing(reviewed, failOn);
  if (failed.length) {
    process.stderr.write(`crosscheck: ${failed.length} ${failOn === 'new-conflict' ? 'new ' : ''}${failed.length === 1 ? 'conflict' : 'conflicts'} (--fail-on ${failOn}): ${failed.map((g) => g.id).join(', ')}; review them, or list them in an accept file\n`);
    return 1;
  }
  return 0;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o', multiple: true },
        baseline: { type: 'string' },
        accept: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-bytes': { type: 'string' },
        check: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error)} (see \`crosscheck --help\`)`);
  }
}

function planOutputs(paths: readonly string[], format: string | undefined): Output[] {
  if (format !== undefined && !isFormat(format)) throw new UsageError(`Unknown format \`${format}\`: use md, json, github or sarif`);
  if (!paths.length) return [{ path: null, format: format ?? 'md' }];
  return paths.map((path) => ({ path, format: format ?? formatOfName(path) }));
}

function formatOfName(path: string): Format {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.sarif(\.json)?$/i.test(path)) return 'sarif';
  return 'md';
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'never';
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`Unknown \`--fail-on ${value}\`: use conflict, new-conflict or never`);
}

function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(value);
  if (bytes === null) throw new UsageError(`\`--max-bytes ${value}\` is not a size: give a number of bytes or a size such as 20MB or 500kB`);
  return bytes;
}

/** The report in `output`'s format, in pieces rendered as they are asked for. */
function render(reviewed: Reviewed, output: Output): Iterable<string> {
  switch (output.format) {
    case 'json':
      return reviewedJsonPieces(reviewed);
    case 'github':
      return [toAnnotations(reviewed)];
    case 'sarif':
      return [toSarif(reviewed, version())];
    case 'md':
      return markdownPieces(reviewed.comparison, { ...reviewOptions(reviewed), ...(output.path ? { linkTo: linksFrom(output.path) } : {}) });
  }
}

async function readBaseline(path: string): Promise<Report> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new InputError(`Cannot read the baseline \`${path}\`: check the path (a JSON report from \`crosscheck --format json\`)`);
  });
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw new InputError(`The baseline \`${path}\` is not JSON: give a report written by \`crosscheck --format json\``);
  }
  if ((report as { schema?: unknown } | null)?.schema !== 'crosscheck/report@1') throw new InputError(`The baseline \`${path}\` is not a crosscheck report (no \`schema: crosscheck/report@1\`)`);
  return report as Report;
}

async function readAcceptFile(path: string | undefined): Promise<Acceptance[]> {
  const found = path ?? ACCEPT_FILES.find((name) => existsSync(name));
  if (!found) return [];
  const text = await readFile(found, 'utf8').catch(() => {
    throw new InputError(`Cannot read the accept file \`${found}\`: check the path`);
  });
  try {
    return readAcceptances(text);
  } catch (error) {
    throw new InputError(`Malformed accept file \`${found}\`: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

function check(rendered: ReadonlyArray<{ output: Output; text: string }>): number {
  const outputs = rendered.filter((r) => r.output.path).map((r) => ({ path: r.output.path as string, text: r.text }));
  const stale = staleOutputs(outputs, (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null));
  for (const { path, problem } of stale) {
    process.stderr.write(problem === 'missing' ? `crosscheck: \`${path}\` does not exist\n` : `crosscheck: \`${path}\` is out of date:\n${problem}\n`);
  }
  if (stale.length) {
    process.stderr.write('crosscheck: regenerate the reports (`npm run report`) and commit them\n');
    return 1;
  }
  return 0;
}

async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (!info) throw new InputError(`Cannot write \`${path}\`: folder \`${dirname(path)}\` does not exist; create it first`);
  if (!info.isDirectory()) throw new InputError(`Cannot write \`${path}\`: \`${dirname(path)}\` is a file, not a folder`);
}

/**
 * Write each report through a temporary file, all renamed once all are written, so a failed run
 * (a full disk, or an error while rendering) leaves the old reports whole.
 */
async function writeAtomic(files: ReadonlyArray<{ path: string; pieces: Iterable<string> }>): Promise<void> {
  // One temporary file per output, even for a path named twice (the last one wins, as before).
  const temporaries = files.map(({ path }, i) => `${path}.${process.pid}.${i}.tmp`);
  try {
    for (const [i, { path, pieces }] of files.entries()) await writePieces(path, temporaries[i] as string, pieces);
    for (const [i, { path }] of files.entries()) await rename(temporaries[i] as string, path).catch((error: unknown) => cannotWrite(path, error));
  } catch (error) {
    for (const temporary of temporaries) await rm(temporary, { force: true });
    throw error;
  }
}

async function writePieces(path: string, temporary: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(temporary, 'w').catch((error: unknown) => cannotWrite(path, error));
  try {
    for (const piece of pieces) await handle.write(piece).catch((error: unknown) => cannotWrite(path, error));
  } finally {
    await handle.close();
  }
}

function cannotWrite(path: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  throw new InputError(`Cannot write \`${path}\`: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
}

async function warn(reviewed: Reviewed, skipped: readonly VFile[]): Promise<void> {
  const { sources } = reviewed.comparison;
  if (sources.length === 1) process.stderr.write(`crosscheck: warning: one source only (\`${sources[0]?.path}\`): every claim is single-source; name other articles to compare\n`);
  const files = [...reviewed.comparison.sources.map((source: Source) => source.file), ...skipped]
    .filter((file) => file.messages.length)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (files.length) {
    // Loaded when there is something to report: with its terminal-colour detection it is a noticeable part of a start.
    const { reporter } = await import('vfile-reporter');
    process.stderr.write(`${reporter(files, { quiet: true })}\n`);
  }
  for (const { source, offset } of reviewed.comparison.leftOut) {
    const file = sources.find((s) => s.id === source) as Source;
    const { line = 1, column = 1 } = locate(file.text)(offset) ?? {};
    process.stderr.write(`crosscheck: warning: \`${file.path}\` gives more than ${MAX_CLAIMS.toLocaleString('en-US')} claims, the most read from one article; its text from line ${line}, column ${column} on is left out (split the file to compare all of it)\n`);
  }
  for (const stale of reviewed.accepted.stale) process.stderr.write(`crosscheck: warning: accepted conflict \`${stale.group}\` matches no current conflict; remove it from the accept file\n`);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** True for the error of a write whose reader has gone (`crosscheck … | head`). */
const closed = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EPIPE';

/** Write to standard output, stopping quietly when its reader has gone, as Unix tools do. */
async function writeOut(pieces: Iterable<string>): Promise<void> {
  try {
    for (const piece of pieces) {
      if (!process.stdout.writable) return;
      if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
    }
  } catch (error) {
    if (!closed(error)) throw error;
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

process.stdout.on('error', (error) => {
  if (!closed(error)) throw error;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`crosscheck: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`crosscheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 70;
  },
);
