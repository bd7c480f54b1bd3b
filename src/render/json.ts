/** The JSON report: the contract of DESIGN.md (`crosscheck/report@1`), built from a comparison. */
import type { Comparison, GroupedClaim, Judged, Kind, Source, ValueOf, Verdict } from '../model.js';
import { fileSlice, pointsOf, type Point, type PointAt } from './positions.js';
import { sentenceWindow } from './window.js';

/** The schema name and version of the JSON report. */
export const SCHEMA = 'crosscheck/report@1';

/** A claim as the JSON report states it. */
export interface ReportClaim {
  source: string;
  kind: Kind;
  text: string;
  position: { start: Point; end: Point };
  sentence: string;
  value: ValueOf[Kind];
  fingerprint: string;
}

/** A group as the JSON report states it. */
export interface ReportGroup {
  id: string;
  kind: Kind;
  subject: string;
  verdict: Verdict;
  reason: string;
  claims: ReportClaim[];
}

/** The JSON report as an object. */
export interface Report {
  schema: typeof SCHEMA;
  sources: Array<Pick<Source, 'id' | 'path' | 'title' | 'outlet' | 'url' | 'published'>>;
  summary: { sources: number; claims: number } & Record<Verdict, number>;
  /** Sources whose claims were not all read, and where reading stopped; present only when there are some. */
  leftOut?: Array<{ source: string; from: Point }>;
  groups: ReportGroup[];
}

/** The comparison as the JSON report object. */
export function toReport(comparison: Comparison): Report {
  const byId = new Map(comparison.sources.map((source) => [source.id, source]));
  const pointAt = pointsOf();
  const count: Record<Verdict, number> = { agree: 0, partial: 0, conflict: 0, unique: 0 };
  for (const group of comparison.groups) count[group.verdict]++;
  return {
    schema: SCHEMA,
    sources: comparison.sources.map(({ id, path, title, outlet, url, published }) => ({ id, path, title, outlet, url, published })),
    summary: { sources: comparison.sources.length, claims: comparison.groups.reduce((n, group) => n + group.claims.length, 0), ...count },
    ...(comparison.leftOut.length ? { leftOut: comparison.leftOut.map(({ source, offset }) => ({ source, from: pointAt(byId.get(source) as Source, offset) })) } : {}),
    groups: comparison.groups.map((group) => groupJson(group, byId, pointAt)),
  };
}

/** The comparison as the JSON report, pretty-printed with a final newline. */
export function toJson(comparison: Comparison): string {
  return `${JSON.stringify(toReport(comparison), null, 2)}\n`;
}

function groupJson(group: Judged, sources: ReadonlyMap<string, Source>, pointAt: PointAt): ReportGroup {
  const { id, kind, subject, verdict, reason } = group;
  return { id, kind, subject, verdict, reason, claims: group.claims.map((claim) => claimJson(claim, sources, pointAt)) };
}

function claimJson(claim: GroupedClaim, sources: ReadonlyMap<string, Source>, pointAt: PointAt): ReportClaim {
  const source = sources.get(claim.source);
  if (!source) throw new Error(`Claim of unknown source \`${claim.source}\``);
  return {
    source: claim.source,
    kind: claim.kind,
    text: fileSlice(source, claim),
    position: { start: pointAt(source, claim.start), end: pointAt(source, claim.end, 'end') },
    sentence: sentenceWindow(claim, source),
    value: claim.value,
    fingerprint: claim.fingerprint,
  };
}
