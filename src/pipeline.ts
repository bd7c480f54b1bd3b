/**
 * The pipeline, as in DESIGN.md: sources → segment → extract → align → judge. The only place
 * where the stages meet.
 */
import { align } from './align/index.js';
import { extract } from './extract/index.js';
import { findReference, storyReference } from './extract/reference.js';
import { judge } from './judge/index.js';
import { KINDS, VERDICTS, type Comparison, type Judged, type Source } from './model.js';
import { segment } from './segment/index.js';

/** The stages `compareSources` runs, in order. */
export type Stage = 'segment' | 'extract' | 'align' | 'judge';

/** Called once per stage with its wall time in milliseconds (for benchmarks and profiling). */
export type StageTimer = (stage: Stage, milliseconds: number) => void;

/**
 * Compare sources claim by claim; sources are sorted by id so that input order never matters.
 * `onStage`, when given, receives each stage's time.
 */
export function compareSources(sources: readonly Source[], onStage?: StageTimer): Comparison {
  const timed = <T>(stage: Stage, run: () => T): T => {
    if (!onStage) return run();
    const start = performance.now();
    const result = run();
    onStage(stage, performance.now() - start);
    return result;
  };
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1));
  const segmented = timed('segment', () => sorted.map(segment));
  const extractions = timed('extract', () => {
    const references = segmented.map(({ source, sentences }) => findReference(source, sentences));
    const fallback = storyReference(references);
    return segmented.map((one, i) => extract(one, fallback, references[i]));
  });
  const aligned = timed('align', () => align(extractions));
  const groups = timed('judge', () => aligned.map(judge).sort(reportOrder));
  const leftOut = extractions.flatMap(({ source, leftOut: offset }) => (offset === null ? [] : [{ source: source.id, offset }]));
  return { sources: sorted, groups, mentions: extractions.flatMap((e) => e.mentions), leftOut };
}

/** Conflicts first, then partial, agree, unique; within a verdict by kind, then by first claim. */
function reportOrder(a: Judged, b: Judged): number {
  const first = (g: Judged) => g.claims[0];
  const fa = first(a);
  const fb = first(b);
  return (
    VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) ||
    KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
    (fa && fb ? (fa.source < fb.source ? -1 : fa.source > fb.source ? 1 : fa.start - fb.start) : 0) ||
    (a.id < b.id ? -1 : 1)
  );
}
