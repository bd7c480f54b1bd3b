/**
 * GitHub Actions output: one `::warning` workflow command per conflicting claim (new ones first),
 * within GitHub's caps, and a compact job summary within its size limit. Article text is escaped
 * as workflow-command data, so it can never end a command or start another.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { u } from 'unist-builder';
import { describe } from '../kinds/index.js';
import type { GroupedClaim, Judged, Source } from '../model.js';
import { inert, table } from '../render/context.js';
import { count } from '../render/sections.js';
import { stringify } from '../render/markdown.js';
import { pointsOf, type PointAt } from '../render/positions.js';
import { newIds, type Reviewed } from './index.js';
import { reviewOptions } from './markdown.js';

/** GitHub shows at most 10 annotations of one type per step and 50 per job. */
export const CAPS = { perStep: 10, perJob: 50 } as const;

/** GitHub reads at most 1 MiB of a step's summary. */
export const SUMMARY_BYTES = 1024 * 1024;

/** Escape workflow-command data (the message). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value (file, title). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The conflicts to annotate, in order: new ones first, accepted ones left out. */
function annotated(reviewed: Reviewed): Array<{ group: Judged; isNew: boolean }> {
  const isNew = newIds(reviewed);
  const conflicts = reviewed.comparison.groups.filter((g) => g.verdict === 'conflict' && !reviewed.accepted.byGroup.has(g.id));
  return conflicts.map((group) => ({ group, isNew: Boolean(reviewed.changes) && isNew(group.id) })).sort((a, b) => Number(b.isNew) - Number(a.isNew));
}

/** The workflow commands: warnings up to the caps, then one notice that counts the rest. */
export function toAnnotations(reviewed: Reviewed, caps: { perStep: number; perJob: number } = CAPS): string {
  const sources = new Map(reviewed.comparison.sources.map((s) => [s.id, s]));
  const pointAt = pointsOf();
  const lines: string[] = [];
  const limit = Math.min(caps.perStep, caps.perJob);
  let total = 0;
  for (const { group, isNew } of annotated(reviewed)) {
    for (const claim of group.claims) {
      total++;
      if (lines.length < limit) lines.push(warning(claim, group, isNew, sources.get(claim.source) as Source, pointAt));
    }
  }
  if (total > lines.length) lines.push(`::notice title=crosscheck::${total - lines.length} more conflicting claims are not annotated (GitHub shows ${limit} warnings per step); the job summary lists every conflict`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function warning(claim: GroupedClaim, group: Judged, isNew: boolean, source: Source, pointAt: PointAt): string {
  const start = pointAt(source, claim.start);
  const end = pointAt(source, claim.end, 'end');
  const title = `${isNew ? 'New conflict' : 'Conflict'} (${group.kind}): ${group.subject}`;
  const message = `This source states ${describe(claim)}. ${group.reason}.`;
  const props = [`file=${escapeProperty(source.path)}`, `line=${start.line}`, `endLine=${end.line}`, `col=${start.column}`, `endColumn=${end.column}`, `title=${escapeProperty(title)}`];
  return `::warning ${props.join(',')}::${escapeData(message)}`;
}

/** The job summary: the summary line, changes since the baseline, and a table of conflicts, within `bytes`. */
export function toSummary(reviewed: Reviewed, bytes = SUMMARY_BYTES): string {
  const { comparison } = reviewed;
  const conflicts = annotated(reviewed);
  const accepted = comparison.groups.filter((g) => reviewed.accepted.byGroup.has(g.id)).length;
  const head: RootContent[] = [
    u('heading', { depth: 2 as const }, [u('text', `crosscheck: ${count(conflicts.length, 'conflict')}${reviewed.changes ? `, ${count(conflicts.filter((c) => c.isNew).length, 'new', 'new')}` : ''}`)]),
    u('paragraph', [u('text', `${count(comparison.sources.length, 'source')}, ${count(comparison.groups.length, 'group')} of claims${accepted ? `; ${count(accepted, 'reviewed conflict')} left out` : ''}.`)]),
    ...(reviewOptions(reviewed).preface ?? []),
  ];
  const sources = new Map(comparison.sources.map((s) => [s.id, s]));
  const pointAt = pointsOf();
  const where = (c: GroupedClaim) => {
    const source = sources.get(c.source) as Source;
    return `${source.path}:${pointAt(source, c.start).line}`;
  };
  const rows = conflicts.map(({ group, isNew }): PhrasingContent[][] => [
    [u('text', isNew ? 'new' : '')],
    [u('text', group.kind)],
    inert(group.subject),
    inert(group.claims.map((c) => `${c.source}: ${describe(c)}`).join('; ')),
    inert(group.claims.map(where).join(', ')),
  ]);
  const render = (n: number, left: number) =>
    stringify(u('root', [...head, ...(n ? [table(['', 'Kind', 'Subject', 'Values', 'Where'], rows.slice(0, n))] : []), ...(left ? [u('paragraph', [u('text', `${left} more conflicts are left out: GitHub reads at most ${bytes} bytes of a summary.`)])] : [])]));
  let text = render(rows.length, 0);
  if (Buffer.byteLength(text) <= bytes) return text;
  let fits = 0;
  for (let lo = 0, hi = rows.length; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (Buffer.byteLength(render(mid, rows.length - mid)) <= bytes) (fits = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  text = render(fits, rows.length - fits);
  return Buffer.byteLength(text) <= bytes ? text : Buffer.from(text).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}
