/**
 * Changes since a baseline report: groups are matched through their claims' fingerprints, so a
 * group whose id moved (a new source joined it first) is still recognised.
 */
import type { Kind, Verdict } from '../model.js';
import type { Report, ReportGroup } from '../render/json.js';

/** A group named in a change list. */
export interface ChangedGroup {
  id: string;
  kind: Kind;
  subject: string;
  reason: string;
}

/** What changed between a baseline report and the current one. */
export interface Changes {
  /** Conflicts that no matching baseline group had. */
  newConflicts: ChangedGroup[];
  /** Baseline conflicts that no current group still has. */
  resolvedConflicts: ChangedGroup[];
  /** Other verdict changes (conflicts are listed above). */
  verdictChanges: Array<ChangedGroup & { from: Verdict; to: Verdict }>;
  /** Claims that stood alone in the baseline and now agree with another source. */
  corroborated: ChangedGroup[];
  sourcesAdded: string[];
  sourcesRemoved: string[];
}

/** Compare the current report with a baseline report. */
export function changesSince(baseline: Report, current: Report): Changes {
  const before = byFingerprint(baseline.groups);
  const after = byFingerprint(current.groups);
  const matches = (group: ReportGroup, index: ReadonlyMap<string, ReportGroup>) => [...new Set(group.claims.map((c) => index.get(c.fingerprint)).filter((g): g is ReportGroup => g !== undefined))];
  const changes: Changes = { newConflicts: [], resolvedConflicts: [], verdictChanges: [], corroborated: [], sourcesAdded: [], sourcesRemoved: [] };
  for (const group of current.groups) {
    const old = matches(group, before);
    if (group.verdict === 'conflict' && !old.some((g) => g.verdict === 'conflict')) changes.newConflicts.push(named(group));
    if ((group.verdict === 'agree' || group.verdict === 'partial') && old.some((g) => g.verdict === 'unique')) changes.corroborated.push(named(group));
    const changed = old.find((g) => g.verdict !== group.verdict && g.verdict !== 'conflict' && group.verdict !== 'conflict' && !(g.verdict === 'unique'));
    if (changed) changes.verdictChanges.push({ ...named(group), from: changed.verdict, to: group.verdict });
  }
  for (const group of baseline.groups) {
    if (group.verdict === 'conflict' && !matches(group, after).some((g) => g.verdict === 'conflict')) changes.resolvedConflicts.push(named(group));
  }
  const ids = (report: Report) => new Set(report.sources.map((s) => s.id));
  const [was, is] = [ids(baseline), ids(current)];
  changes.sourcesAdded = [...is].filter((id) => !was.has(id)).sort();
  changes.sourcesRemoved = [...was].filter((id) => !is.has(id)).sort();
  return changes;
}

/** True when nothing changed. */
export function isUnchanged(changes: Changes): boolean {
  return Object.values(changes).every((list) => list.length === 0);
}

function byFingerprint(groups: readonly ReportGroup[]): Map<string, ReportGroup> {
  const index = new Map<string, ReportGroup>();
  for (const group of groups) for (const claim of group.claims) index.set(claim.fingerprint, group);
  return index;
}

function named({ id, kind, subject, reason }: ReportGroup): ChangedGroup {
  return { id, kind, subject, reason };
}
