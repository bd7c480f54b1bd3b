#!/usr/bin/env node
/**
 * The command line: parses arguments, reads files, writes reports. The only module that touches
 * `process`, the terminal and exit codes.
 */
import { readFileSync } from 'node:fs';
import { rename, stat, writeFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reporter } from 'vfile-reporter';
import { InputError, crosscheck, linksFrom, toJson, toMarkdown } from './index.js';
import type { Comparison, Source } from './model.js';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: crosscheck <files | folders | globs …> [options]

Compare news articles about one story, claim by claim (money, quantities, percentages,
durations, dates, quotes with their speakers, people's roles): where the sources agree,
partly agree, conflict, and what only one source says, each claim linked to its line.

Options:
  -f, --format <md|json>  report format (default: from the -o file's extension, else md)
  -o, --output <file>     write the report to <file> instead of standard output;
                          repeat to write several formats in one run
  -q, --quiet             print no warnings on standard error
  -h, --help              show this help
  -v, --version           print the version

Inputs: .txt and .md files. Markdown may open with YAML front matter (title, outlet,
url, published: YYYY-MM-DD). A folder stands for its .txt and .md files (not
subfolders); quote globs so that crosscheck expands them: 'news/**/*.md'.

Exit codes: 0 report written; 2 usage or input error (nothing is written).

Examples:
  crosscheck seeds                                   Markdown report to standard output
  crosscheck seeds -o reports/seeds.md -o reports/seeds.json
  crosscheck 'stories/*.md' --format json
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
  for (const output of outputs) if (output.path) await checkWritable(output.path);
  const comparison = await crosscheck(positionals);
  if (!values.quiet) warn(comparison.sources);
  const rendered = outputs.map((output) => ({ output, text: render(comparison, output) }));
  for (const { output, text } of rendered) {
    if (output.path) await writeAtomic(output.path, text);
    else process.stdout.write(text);
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
  if (format !== undefined && !isFormat(format)) throw new UsageError(`Unknown format \`${format}\`: use \`--format md\` or \`--format json\``);
  if (!paths.length) return [{ path: null, format: format ?? 'md' }];
  return paths.map((path) => {
    const fromName = /\.json$/i.test(path) ? 'json' : /\.(md|markdown)$/i.test(path) ? 'md' : undefined;
    return { path, format: format ?? fromName ?? 'md' };
  });
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function render(comparison: Comparison, output: Output): string {
  if (output.format === 'json') return toJson(comparison);
  if (!output.path) return toMarkdown(comparison);
  return toMarkdown(comparison, { linkTo: linksFrom(output.path) });
}

async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new InputError(`Cannot write \`${path}\`: folder \`${dirname(path)}\` does not exist; create it first`);
}

/** Write through a temporary file and a rename, so a failed run leaves the old report whole. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot write \`${path}\`: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message}`);
  }
}

function warn(sources: readonly Source[]): void {
  const files = sources.map((source) => source.file).filter((file) => file.messages.length);
  if (files.length) process.stderr.write(`${reporter(files, { quiet: true })}\n`);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

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
