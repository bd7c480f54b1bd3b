/** The whole evaluation: every story as written, then with conflicts injected; figures as percentages. */
import { compareSources, toSource } from '../../src/index.js';
import type { Comparison, Kind } from '../../src/model.js';
import { KINDS } from '../../src/model.js';
import { loadStories, type Story } from './gold.js';
import { injections, type Injection } from './inject.js';
import { claimAt, describeGroups, emptyFigures, measure, type Figures, type Tally } from './measure.js';

/** The evaluation's result: tallies, and the percentages the guard compares. */
export interface Evaluation {
  stories: number;
  figures: Figures;
  injected: Record<Injection, Tally>;
  /** Flat `name → percent` (one decimal), the figures recorded in baseline.json. */
  percents: Record<string, number>;
  /** One line per injected conflict that was not found: story, type, fact and the rewritten anchor. */
  misses: string[];
}

function run(files: Story['files']): Comparison {
  return compareSources(files.map((f) => toSource(f.path, f.text)));
}

/** Evaluate the pipeline on every story of the corpus. */
export function evaluate(stories: Story[] = loadStories()): Evaluation {
  const figures = emptyFigures();
  const injected: Record<Injection, Tally> = { number: t(), date: t(), 'quote-word': t(), 'quote-negation': t(), speaker: t() };
  const misses: string[] = [];
  for (const story of stories) {
    measure(story, run(story.files), figures, misses);
    for (const case_ of injections(story)) {
      const comparison = run(case_.files);
      const groups = case_.mentions.map((m) => claimAt(comparison, case_.fact.kind, m)?.group);
      injected[case_.type].total++;
      if (groups.every((g) => g && g.id === groups[0]?.id) && groups[0]?.verdict === 'conflict') injected[case_.type].hit++;
      else misses.push(`${story.name} injected ${case_.type} ${case_.fact.id}: ${describeGroups(case_.mentions, groups)}`);
    }
  }
  return { stories: stories.length, figures, injected, percents: percents(figures, injected), misses };
}

function t(): Tally {
  return { hit: 0, total: 0 };
}

/** A tally as a percentage with one decimal (100 for an empty tally). */
export function percent({ hit, total }: Tally): number {
  return total ? Math.round((1000 * hit) / total) / 10 : 100;
}

/** Tallies added up. */
export function sum(tallies: Tally[]): Tally {
  return tallies.reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), t());
}

function percents(f: Figures, injected: Record<Injection, Tally>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of KINDS as Kind[]) {
    out[`mentions.${kind}`] = percent(f.mentions[kind]);
    out[`values.${kind}`] = percent(f.values[kind]);
  }
  out['mentions.all'] = percent(sum(Object.values(f.mentions)));
  out['values.all'] = percent(sum(Object.values(f.values)));
  out['alignment'] = percent(f.alignment);
  out['conflict.recall'] = percent(f.conflictRecall);
  out['conflict.precision'] = percent(f.conflictPrecision);
  out['agree.called.conflict'] = percent(f.agreeAsConflict);
  out['quote.speaker'] = percent(f.speakers);
  out['distractors.apart'] = percent(f.distractors);
  for (const [type, tally] of Object.entries(injected)) out[`injected.${type}`] = percent(tally);
  out['injected.all'] = percent(sum(Object.values(injected)));
  out['conflict.recall.with.injected'] = percent(sum([f.conflictRecall, ...Object.values(injected)]));
  return out;
}
