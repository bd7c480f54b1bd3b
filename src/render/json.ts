/** The JSON report: the contract of DESIGN.md (`crosscheck/report@1`), built from a comparison. */
import type { AnyClaim, Comparison, Judged, Source, Verdict } from '../model.js';
import { pointAt } from './positions.js';

/** The schema name and version of the JSON report. */
export const SCHEMA = 'crosscheck/report@1';

/** The comparison as the JSON report, pretty-printed with a final newline. */
export function toJson(comparison: Comparison): string {
  const byId = new Map(comparison.sources.map((source) => [source.id, source]));
  const count: Record<Verdict, number> = { agree: 0, partial: 0, conflict: 0, unique: 0 };
  for (const group of comparison.groups) count[group.verdict]++;
  const report = {
    schema: SCHEMA,
    sources: comparison.sources.map(sourceJson),
    summary: {
      sources: comparison.sources.length,
      claims: comparison.groups.reduce((n, group) => n + group.claims.length, 0),
      ...count,
    },
    groups: comparison.groups.map((group) => groupJson(group, byId)),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function sourceJson(source: Source) {
  const { id, path, title, outlet, url, published } = source;
  return { id, path, title, outlet, url, published };
}

function groupJson(group: Judged, sources: ReadonlyMap<string, Source>) {
  const { id, kind, subject, verdict, reason } = group;
  return { id, kind, subject, verdict, reason, claims: group.claims.map((claim) => claimJson(claim, sources)) };
}

function claimJson(claim: AnyClaim, sources: ReadonlyMap<string, Source>) {
  const source = sources.get(claim.source);
  if (!source) throw new Error(`Claim of unknown source \`${claim.source}\``);
  return {
    source: claim.source,
    kind: claim.kind,
    text: claim.text,
    position: { start: pointAt(source, claim.start), end: pointAt(source, claim.end) },
    sentence: claim.sentence.text,
    value: claim.value,
  };
}
