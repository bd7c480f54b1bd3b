/** SARIF 2.1.0 output: one result per conflicting claim, with fingerprints and, given a baseline, its baseline state. */
import { describe } from '../kinds/index.js';
import type { GroupedClaim, Source } from '../model.js';
import { fileSlice, pointsOf, type PointAt } from '../render/positions.js';
import { newIds, type Reviewed } from './index.js';

const RULE = 'crosscheck/conflict';

/** The reviewed comparison as a SARIF 2.1.0 log (JSON text); `version` is crosscheck's. */
export function toSarif(reviewed: Reviewed, version: string): string {
  const sources = new Map(reviewed.comparison.sources.map((s) => [s.id, s]));
  const pointAt = pointsOf();
  const isNew = newIds(reviewed);
  const results = reviewed.comparison.groups
    .filter((g) => g.verdict === 'conflict')
    .flatMap((group) =>
      group.claims.map((claim) => ({
        ruleId: RULE,
        level: reviewed.accepted.byGroup.has(group.id) ? 'note' : 'warning',
        message: { text: `${group.kind} conflict (${group.subject}): this source states ${describe(claim)}. ${group.reason}.` },
        locations: [location(claim, sources, pointAt)],
        relatedLocations: group.claims.filter((c) => c !== claim).map((c, i) => ({ id: i + 1, ...location(c, sources, pointAt), message: { text: `${c.source} states ${describe(c)}` } })),
        partialFingerprints: { 'crosscheckGroup/v1': group.id, 'crosscheckClaim/v1': claim.fingerprint },
        ...(reviewed.changes ? { baselineState: isNew(group.id) ? 'new' : 'unchanged' } : {}),
        ...(reviewed.accepted.byGroup.has(group.id) ? { suppressions: [{ kind: 'external', justification: reviewed.accepted.byGroup.get(group.id)?.note }] } : {}),
      })),
    );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosscheck',
            version,
            rules: [{ id: RULE, name: 'SourcesConflict', shortDescription: { text: 'Two sources state values that cannot both be true' }, defaultConfiguration: { level: 'warning' } }],
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(claim: GroupedClaim, sources: ReadonlyMap<string, Source>, pointAt: PointAt) {
  const source = sources.get(claim.source) as Source;
  const start = pointAt(source, claim.start);
  const end = pointAt(source, claim.end, 'end');
  return {
    physicalLocation: {
      artifactLocation: { uri: source.path },
      region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: fileSlice(source, claim) } },
    },
  };
}
