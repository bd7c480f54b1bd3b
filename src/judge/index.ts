/**
 * Stage 5, judge: one verdict per group. Distinct values are compared pairwise (a group holds
 * few distinct values even when it holds many claims); the worst relation decides.
 */
import { describe, kind, valueKey, type Relation } from '../kinds/index.js';
import type { AnyClaim, Group, Judged, Verdict } from '../model.js';

const RANK: Record<Relation['relation'], number> = { equal: 0, compatible: 1, incompatible: 2 };
const VERDICT: Record<Relation['relation'], Verdict> = { equal: 'agree', compatible: 'partial', incompatible: 'conflict' };

/** Judge a group: `unique` with one source, else the worst relation between its distinct values. */
export function judge(group: Group): Judged {
  const sources = new Set(group.claims.map((claim) => claim.source));
  const first = group.claims[0];
  if (sources.size < 2 || !first) {
    return { ...group, verdict: 'unique', reason: `Only ${first?.source ?? 'one source'} states ${first ? describe(first) : 'this'}` };
  }
  const distinct = distinctValues(group.claims);
  const spec = kind(group.kind);
  let worst: { relation: Relation; a: AnyClaim; b: AnyClaim } | null = null;
  // The first incompatible pair is the worst there can be, and the one the reason names.
  pairs: for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i] as AnyClaim;
      const b = distinct[j] as AnyClaim;
      const relation = spec.compare(a, b);
      if (!worst || RANK[relation.relation] > RANK[worst.relation.relation]) worst = { relation, a, b };
      if (worst.relation.relation === 'incompatible') break pairs;
    }
  }
  if (!worst || worst.relation.relation === 'equal') {
    const why = worst ? `: ${worst.relation.why}` : '';
    return { ...group, verdict: 'agree', reason: `${sources.size} sources state ${describe(first)}${why}` };
  }
  const { relation, a, b } = worst;
  return { ...group, verdict: VERDICT[relation.relation], reason: `${a.source} states ${describe(a)}, ${b.source} states ${describe(b)}: ${relation.why}` };
}

/** One claim per distinct value, in group order. */
function distinctValues(claims: readonly AnyClaim[]): AnyClaim[] {
  const seen = new Map<string, AnyClaim>();
  for (const claim of claims) {
    const key = valueKey(claim.value);
    if (!seen.has(key)) seen.set(key, claim);
  }
  return [...seen.values()];
}
