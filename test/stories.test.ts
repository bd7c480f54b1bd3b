/**
 * The fixture stories (`test/fixtures/stories/*`, written by us): every planted conflict is
 * found, and no agreement is called a conflict. Facts and anchors are in each story's gold.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosscheck } from '../src/index.js';
import type { AnyClaim, Comparison, Judged, Kind } from '../src/model.js';

interface Mention {
  article: string;
  anchor: string;
}
interface Fact {
  id: string;
  kind: Kind;
  verdict: 'agree' | 'conflict';
  mentions: Mention[];
}
interface Gold {
  story: string;
  facts: Fact[];
  unique: Array<Mention & { kind: Kind }>;
}

const ROOT = 'test/fixtures/stories';
const stories = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** The group holding the claim of `kind` that overlaps the anchor in its article. */
function groupAt(comparison: Comparison, kind: Kind, mention: Mention): Judged | undefined {
  const source = comparison.sources.find((s) => s.id === mention.article);
  if (!source) throw new Error(`No article ${mention.article}`);
  const start = source.text.indexOf(mention.anchor);
  const end = start + mention.anchor.length;
  const overlaps = (claim: AnyClaim) => claim.source === source.id && claim.kind === kind && claim.start < end && claim.end > start;
  return comparison.groups.find((group) => group.claims.some(overlaps));
}

describe.each(stories)('story %s', async (story) => {
  const folder = join(ROOT, story);
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const comparison = await crosscheck([folder]);
  const conflicts = gold.facts.filter((f) => f.verdict === 'conflict');
  const agreements = gold.facts.filter((f) => f.verdict === 'agree');

  it('has its anchors in its articles', () => {
    for (const mention of [...gold.facts.flatMap((f) => f.mentions), ...gold.unique]) {
      const source = comparison.sources.find((s) => s.id === mention.article);
      expect(source?.text.split(mention.anchor).length, `${mention.article}: ${mention.anchor}`).toBe(2);
    }
  });

  it.each(conflicts.map((f) => [f.id, f] as const))('finds the planted conflict %s', (_id, fact) => {
    const groups = fact.mentions.map((m) => groupAt(comparison, fact.kind, m));
    expect(groups.map((g) => g?.id)).toEqual(groups.map(() => groups[0]?.id));
    expect(groups[0]?.verdict).toBe('conflict');
  });

  it.each(agreements.map((f) => [f.id, f] as const))('does not call the agreement %s a conflict', (_id, fact) => {
    for (const mention of fact.mentions) {
      const group = groupAt(comparison, fact.kind, mention);
      expect(group, `${mention.anchor} is extracted`).toBeDefined();
      expect(group?.verdict, mention.anchor).not.toBe('conflict');
    }
  });
});
