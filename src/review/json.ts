/** The review in the JSON report: a `changes` section with a baseline, `accepted` on reviewed conflicts. */
import { prettyJsonPieces } from '../render/json-chunks.js';
import type { Report, ReportGroup } from '../render/json.js';
import type { Acceptance } from './accept.js';
import type { Changes } from './changes.js';
import type { Reviewed } from './index.js';

/** The JSON report with its review: extra keys only, the contract's keys unchanged. */
export interface ReviewedReport extends Report {
  groups: Array<ReportGroup & { accepted?: Omit<Acceptance, 'group'> }>;
  changes?: Changes;
  staleAcceptances?: Acceptance[];
}

/** The reviewed report as JSON text. */
export function toReviewedJson(reviewed: Reviewed): string {
  return [...reviewedJsonPieces(reviewed)].join('');
}

/** `toReviewedJson` a group at a time, for writing a large report without holding it whole. */
export function* reviewedJsonPieces(reviewed: Reviewed): Generator<string> {
  const { report, changes, accepted } = reviewed;
  const out: ReviewedReport = {
    ...report,
    groups: report.groups.map((group) => {
      const acceptance = accepted.byGroup.get(group.id);
      if (!acceptance) return group;
      const { group: _id, ...rest } = acceptance;
      return { ...group, accepted: rest };
    }),
    ...(changes ? { changes } : {}),
    ...(accepted.stale.length ? { staleAcceptances: accepted.stale } : {}),
  };
  yield* prettyJsonPieces(out, 'groups');
  yield '\n';
}
