/**
 * Stage 7, review: a comparison seen against a baseline report and a list of reviewed
 * conflicts. Decides what fails `--fail-on` and what the report says about changes.
 */
import type { Comparison, Judged } from '../model.js';
import { toReport, type Report } from '../render/json.js';
import { applyAcceptances, type Acceptance, type Accepted } from './accept.js';
import { changesSince, type Changes } from './changes.js';

/** When a run fails: on any conflict, on conflicts new since the baseline, or never. */
export type FailOn = 'conflict' | 'new-conflict' | 'never';

/** Every `FailOn` value. */
export const FAIL_ON: readonly FailOn[] = ['conflict', 'new-conflict', 'never'];

/** A comparison with its review. */
export interface Reviewed {
  comparison: Comparison;
  report: Report;
  /** Null without a baseline. */
  changes: Changes | null;
  accepted: Accepted;
}

/** Review a comparison against an optional baseline report and reviewed conflicts. */
export function review(comparison: Comparison, baseline: Report | null = null, acceptances: readonly Acceptance[] = []): Reviewed {
  const report = toReport(comparison);
  return {
    comparison,
    report,
    changes: baseline ? changesSince(baseline, report) : null,
    accepted: applyAcceptances(acceptances, comparison.groups),
  };
}

/** The conflicts that make the run fail: not accepted, and new since the baseline when asked. */
export function failing(reviewed: Reviewed, failOn: FailOn): Judged[] {
  if (failOn === 'never') return [];
  const isNew = newIds(reviewed);
  return reviewed.comparison.groups.filter((g) => g.verdict === 'conflict' && !reviewed.accepted.byGroup.has(g.id) && (failOn === 'conflict' || isNew(g.id)));
}

/** A test for "new since the baseline"; without a baseline every conflict is new. */
export function newIds(reviewed: Reviewed): (id: string) => boolean {
  if (!reviewed.changes) return () => true;
  const ids = new Set(reviewed.changes.newConflicts.map((g) => g.id));
  return (id) => ids.has(id);
}

export { readAcceptances, type Acceptance, type Accepted } from './accept.js';
export { changesSince, isUnchanged, type Changes } from './changes.js';
