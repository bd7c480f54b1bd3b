/**
 * Accuracy figures of a comparison against a story's gold: extraction, values, alignment,
 * conflicts and speakers. Every figure is a tally (hits out of a total).
 */
import { SECONDS } from '../../src/kinds/duration.js';
import { personKey } from '../../src/kinds/words.js';
import { KINDS, type AnyClaim, type Comparison, type DurationUnit, type Judged, type Kind } from '../../src/model.js';
import type { GoldFact, GoldMention, Story } from './gold.js';

/** Hits out of a total. */
export interface Tally {
  hit: number;
  total: number;
}

/** Every figure the evaluation reports. */
export interface Figures {
  mentions: Record<Kind, Tally>;
  values: Record<Kind, Tally>;
  alignment: Tally;
  conflictRecall: Tally;
  conflictPrecision: Tally;
  agreeAsConflict: Tally;
  speakers: Tally;
  /** Pairs of distractor mentions in two articles, of different facts, that stay in different groups. */
  distractors: Tally;
}

/** Empty figures to add stories into. */
export function emptyFigures(): Figures {
  const perKind = () => Object.fromEntries(KINDS.map((k) => [k, { hit: 0, total: 0 }])) as Record<Kind, Tally>;
  const t = () => ({ hit: 0, total: 0 });
  return { mentions: perKind(), values: perKind(), alignment: t(), conflictRecall: t(), conflictPrecision: t(), agreeAsConflict: t(), speakers: t(), distractors: t() };
}

/** The claim of `kind` that covers most of the anchor in its article, if any. */
export function claimAt(comparison: Comparison, kind: Kind, mention: GoldMention): { claim: AnyClaim; group: Judged } | null {
  const source = comparison.sources.find((s) => s.id === mention.article);
  if (!source) return null;
  const start = source.text.indexOf(mention.anchor);
  if (start < 0) return null;
  const end = start + mention.anchor.length;
  let best: { claim: AnyClaim; group: Judged; overlap: number } | null = null;
  for (const group of comparison.groups) {
    if (group.kind !== kind) continue;
    for (const claim of group.claims) {
      if (claim.source !== source.id) continue;
      const overlap = Math.min(end, claim.end) - Math.max(start, claim.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { claim, group, overlap };
    }
  }
  return best && { claim: best.claim, group: best.group };
}

/** Add one story's figures into `figures`; a line per error goes into `misses`. */
export function measure(story: Story, comparison: Comparison, figures: Figures, misses: string[] = []): void {
  const all = [...story.facts.flatMap((f) => f.mentions.map((m) => ({ ...m, kind: f.kind }))), ...story.unique];
  for (const mention of all) {
    const found = claimAt(comparison, mention.kind, mention);
    figures.mentions[mention.kind].total++;
    if (found) figures.mentions[mention.kind].hit++;
    // Values and speakers are scored on the claims found: extraction has its own figure.
    if (!found) misses.push(`${story.name} not extracted ${mention.kind}: ${mention.article} "${mention.anchor}"`);
    if (!mention.value || !found) continue;
    figures.values[mention.kind].total++;
    if (sameValue(mention.kind, found.claim, mention.value)) figures.values[mention.kind].hit++;
    else misses.push(`${story.name} wrong ${mention.kind} value: ${mention.article} "${mention.anchor}" → ${JSON.stringify(found.claim.value)}, gold ${JSON.stringify(mention.value)}`);
    if (mention.kind === 'quote' && 'speaker' in mention.value) {
      figures.speakers.total++;
      if (found.claim.kind === 'quote' && sameName(found.claim.value.speaker, mention.value['speaker'])) figures.speakers.hit++;
    }
  }
  const trueConflicts = new Set<string>();
  for (const fact of story.facts) {
    const groups = fact.mentions.map((m) => claimAt(comparison, fact.kind, m)?.group);
    const one = groups.every((g) => g && g.id === groups[0]?.id) ? groups[0] : undefined;
    figures.alignment.total++;
    if (one) figures.alignment.hit++;
    const where = () => describeGroups(fact.mentions, groups);
    if (!one) misses.push(`${story.name} not aligned ${fact.kind} ${fact.id}: ${where()}`);
    if (fact.verdict === 'conflict') {
      figures.conflictRecall.total++;
      if (one?.verdict === 'conflict') figures.conflictRecall.hit++;
      else if (one) misses.push(`${story.name} conflict judged ${one.verdict} ${fact.id}: ${one.reason}`);
      for (const g of groups) if (g?.verdict === 'conflict' && spansSources(g, fact)) trueConflicts.add(g.id);
    } else {
      figures.agreeAsConflict.total++;
      if (groups.some((g) => g?.verdict === 'conflict')) figures.agreeAsConflict.hit++;
      if (groups.some((g) => g?.verdict === 'conflict')) misses.push(`${story.name} agreement called conflict ${fact.id}: ${where()}`);
    }
  }
  measureDistractors(story, comparison, figures.distractors, misses);
  for (const group of comparison.groups) {
    if (group.verdict !== 'conflict') continue;
    figures.conflictPrecision.total++;
    if (trueConflicts.has(group.id)) figures.conflictPrecision.hit++;
    else misses.push(`${story.name} false conflict ${group.id}: ${group.reason}`);
  }
}

/** Distractor mentions of two articles must not share a group, unless the gold gives them as one fact. */
function measureDistractors(story: Story, comparison: Comparison, tally: Tally, misses: string[]): void {
  // Distractor anchors may be cut longer or shorter than the fact's anchor (`costs $1.68`, `$1.68`).
  const factOf = (m: GoldMention) =>
    story.facts.find((f) => f.mentions.some((n) => n.article === m.article && (n.anchor.includes(m.anchor) || m.anchor.includes(n.anchor))))?.id;
  const sameFact = (a: GoldMention, b: GoldMention) => factOf(a) !== undefined && factOf(a) === factOf(b);
  for (const distractor of story.distractors) {
    const groups = distractor.mentions.map((m) => KINDS.map((kind) => claimAt(comparison, kind, m)?.group).find(Boolean));
    distractor.mentions.forEach((a, i) => {
      distractor.mentions.forEach((b, j) => {
        if (j <= i || a.article === b.article || sameFact(a, b)) return;
        tally.total++;
        const [ga, gb] = [groups[i], groups[j]];
        if (!ga || !gb || ga.id !== gb.id) tally.hit++;
        else misses.push(`${story.name} distractors merged (${distractor.note}): ${a.article} "${a.anchor}" and ${b.article} "${b.anchor}" in ${ga.id}`);
      });
    });
  }
}

/** Each mention with the group it landed in (`-` when not extracted) and that group's verdict. */
export function describeGroups(mentions: readonly GoldMention[], groups: ReadonlyArray<Judged | undefined>): string {
  return mentions.map((m, i) => `${m.article} "${m.anchor}" → ${groups[i] ? `${groups[i].id} (${groups[i].verdict})` : '-'}`).join(' | ');
}

/** True when the conflict group holds claims of two of the fact's articles. */
function spansSources(group: Judged, fact: GoldFact): boolean {
  const articles = new Set(fact.mentions.map((m) => m.article));
  return new Set(group.claims.map((c) => c.source).filter((s) => articles.has(s))).size >= 2;
}

/** The same person, or nobody: surnames compared as the judge compares speakers (`Bale` is `Gareth Bale`). */
function sameName(found: string | null, expected: unknown): boolean {
  const key = (s: unknown) => (typeof s === 'string' && s.trim() ? personKey(s) : null);
  return key(found) === key(expected);
}

function near(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when the gold gives no unit or the extracted one is it: a unit is a lowercase lemma (`iPhones`
 * → `iphone`), and a counted noun its head, as alignment keys it (`five crew members` → `member`).
 */
function sameUnit(found: unknown, gold: unknown): boolean {
  if (gold === undefined) return true;
  if (typeof found !== 'string' || typeof gold !== 'string') return false;
  const [expected, head] = [gold.toLowerCase(), found.toLowerCase()];
  return expected === head || expected.endsWith(` ${head}`);
}

/** True when an extracted value matches the gold value on the fields the gold gives. */
function sameValue(kind: Kind, claim: AnyClaim, gold: Record<string, unknown>): boolean {
  const v = claim.value as unknown as Record<string, unknown>;
  switch (kind) {
    case 'date':
      return v['start'] === gold['start'] && v['end'] === gold['end'];
    case 'duration': {
      const scale = (unit: unknown) => SECONDS[unit as DurationUnit] ?? NaN;
      return near(Number(v['min']) * scale(v['unit']), Number(gold['min']) * scale(gold['unit'])) && near(Number(v['max']) * scale(v['unit']), Number(gold['max']) * scale(gold['unit']));
    }
    case 'quote':
      return sameName(v['speaker'] as string | null, gold['speaker']);
    case 'role':
      return sameName(v['person'] as string, gold['person']);
    default:
      return near(v['min'], gold['min']) && near(v['max'], gold['max']) && sameUnit(v['unit'], gold['unit']) && (gold['currency'] === undefined || v['currency'] === gold['currency']);
  }
}
