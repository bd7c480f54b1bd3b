/** The sections of the Markdown report, each a function from the render context to mdast nodes. */
import type { PhrasingContent, RootContent } from 'mdast';
import { u } from 'unist-builder';
import { describe, kind } from '../kinds/index.js';
import { MAX_CLAIMS } from '../extract/index.js';
import { KINDS, type Judged, type Source, type Verdict } from '../model.js';
import { fileUrl, inContext, inert, table, textNode, valueCell, whereLink, type RenderContext } from './context.js';

/** Claims of a group, and one of them. */
type Row = Judged['claims'];
type Member = Row[number];

/** A reason names two values or more, quotes among them: room for several cells' worth. */
const REASON_CHARS = 1000;
const VERDICT_TITLE: Record<Verdict, string> = { conflict: 'Conflicts', partial: 'Partial agreements', agree: 'Agreements', unique: 'Single-source claims' };
const VERDICT_EMPTY: Record<Verdict, string> = {
  conflict: 'No conflicts: no two sources state incompatible values.',
  partial: 'No partial agreements.',
  agree: 'No claim is stated alike by two sources or more.',
  unique: 'Every claim is stated by two sources or more.',
};

/** `3 conflicts`, `1 source`: a count with its noun. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The title and the one-line summary. */
export function header({ comparison }: RenderContext): RootContent[] {
  const tally = (verdict: Verdict) => comparison.groups.filter((g) => g.verdict === verdict).length;
  const claims = comparison.groups.reduce((n, g) => n + g.claims.length, 0);
  return [
    u('heading', { depth: 1 as const }, [u('text', 'Consistency report')]),
    u('paragraph', [
      u('text', `${count(comparison.sources.length, 'source')}, ${count(claims, 'claim')} in ${count(comparison.groups.length, 'group')}: `),
      u('strong', [u('text', count(tally('conflict'), 'conflict'))]),
      u('text', `, ${count(tally('partial'), 'partial agreement')}, ${count(tally('agree'), 'agreement')}, ${count(tally('unique'), 'single-source claim')}.`),
    ]),
    ...(comparison.sources.length === 1 ? [u('paragraph', [u('strong', [u('text', 'One source only')]), u('text', ': every claim below is single-source; add other articles about the story to compare them.')])] : []),
  ];
}

/** The sources table: label, file, title, outlet, publication day, claim count. */
export function sourcesSection(context: RenderContext): RootContent[] {
  const claims = new Map<string, number>();
  for (const group of context.comparison.groups) for (const claim of group.claims) claims.set(claim.source, (claims.get(claim.source) ?? 0) + 1);
  const rows = context.comparison.sources.map((source): PhrasingContent[][] => [
    [textNode(context.labels.get(source.id) ?? '')],
    [{ type: 'link', url: fileUrl(context, source), children: inert(source.id) }],
    inert(source.title ?? '—'),
    inert(source.outlet ?? '—'),
    inert(source.published ?? '—'),
    [textNode(String(claims.get(source.id) ?? 0))],
  ]);
  return [u('heading', { depth: 2 as const }, [u('text', 'Sources')]), table(['', 'File', 'Title', 'Outlet', 'Published', 'Claims'], rows, [null, null, null, null, null, 'right']), ...leftOut(context)];
}

/** A line for each source whose claims were not all read: where reading stopped. */
function leftOut(context: RenderContext): RootContent[] {
  return context.comparison.leftOut.map(({ source, offset }) => {
    const file = context.sources.get(source) as Source;
    const { line, column } = context.pointAt(file, offset);
    return u('paragraph', [
      u('strong', [u('text', 'Left out')]),
      u('text', `: ${context.labels.get(source) ?? source} gives more than ${MAX_CLAIMS.toLocaleString('en-US')} claims, the most read from one article; its text from `),
      { type: 'link', url: `${fileUrl(context, file)}#L${line}`, children: [textNode(`line ${line}, column ${column.toLocaleString('en-US')}`)] },
      u('text', ' on is not compared.'),
    ]);
  });
}

/** Conflicts or partial agreements: each group with its reason and its claims side by side, built as they are serialized. */
export function* detailSection(context: RenderContext, verdict: 'conflict' | 'partial'): Generator<RootContent> {
  const groups = context.comparison.groups.filter((g) => g.verdict === verdict);
  yield u('heading', { depth: 2 as const }, [u('text', VERDICT_TITLE[verdict])]);
  if (!groups.length) yield u('paragraph', [u('text', VERDICT_EMPTY[verdict])]);
  for (const group of groups) yield* groupDetail(context, group);
}

function groupDetail(context: RenderContext, group: Judged): RootContent[] {
  const rows = sameWording(group.claims).map((claims): PhrasingContent[][] => {
    const first = claims[0] as Member;
    const labels = claims.map((claim) => context.labels.get(claim.source) ?? claim.source).join(', ');
    return [inert(labels), inContext(first), valueCell(first), claims.length === 1 ? [whereLink(context, first)] : linkList(context, claims)];
  });
  const note = context.note(group);
  return [
    u('heading', { depth: 3 as const }, inert(`${kind(group.kind).label}: ${group.subject || 'no subject words'}`)),
    ...(note ? [u('paragraph', note)] : []),
    u('paragraph', inert(group.reason, REASON_CHARS)),
    table(['Source', 'What it says', 'Value', 'Where'], rows),
  ];
}

/**
 * A group's claims, those worded alike in one row: the same sentence with the claim at the same
 * place and the same value, as wire copy reprinted by several outlets states it. First-seen order.
 */
function sameWording(claims: Row): Row[] {
  const rows = new Map<string, Member[]>();
  for (const claim of claims) {
    const key = JSON.stringify([claim.sentence.text, claim.start - claim.sentence.start, claim.end - claim.sentence.start, claim.value]);
    const row = rows.get(key);
    if (row) row.push(claim);
    else rows.set(key, [claim]);
  }
  return [...rows.values()];
}

/** Agreements: one row per group, the value and where each source states it. */
export function agreementsSection(context: RenderContext): RootContent[] {
  const groups = context.comparison.groups.filter((g) => g.verdict === 'agree');
  const nodes: RootContent[] = [u('heading', { depth: 2 as const }, [u('text', VERDICT_TITLE.agree)])];
  if (!groups.length) return [...nodes, u('paragraph', [u('text', VERDICT_EMPTY.agree)])];
  const rows = groups.map((group): PhrasingContent[][] => [
    [textNode(kind(group.kind).label)],
    inert(group.subject),
    inert(describe(group.claims[0] as Member)),
    joinLinks(context, group),
  ]);
  return [...nodes, table(['Kind', 'Subject', 'Value', 'Where'], rows)];
}

/** Single-source claims, one table per source, claims by kind then position, built as they are serialized. */
export function* singleSection(context: RenderContext): Generator<RootContent> {
  const bySource = new Map<string, Row>();
  for (const group of context.comparison.groups) {
    if (group.verdict !== 'unique') continue;
    for (const claim of group.claims) {
      const claims = bySource.get(claim.source);
      if (claims) claims.push(claim);
      else bySource.set(claim.source, [claim]);
    }
  }
  yield u('heading', { depth: 2 as const }, [u('text', VERDICT_TITLE.unique)]);
  if (!context.comparison.groups.length) yield u('paragraph', [u('text', 'No claims found.')]);
  else if (!bySource.size) yield u('paragraph', [u('text', VERDICT_EMPTY.unique)]);
  for (const source of context.comparison.sources) {
    const claims = bySource.get(source.id);
    if (!claims) continue;
    claims.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.start - b.start);
    yield u('heading', { depth: 3 as const }, inert(`${context.labels.get(source.id)}: ${source.title ?? source.id}`));
    yield table(['Kind', 'Claim', 'Value', 'Where'], claims.map((claim) => [[textNode(kind(claim.kind).label)], inContext(claim, 40), valueCell(claim), [whereLink(context, claim)]]));
  }
}

function joinLinks(context: RenderContext, group: Judged): PhrasingContent[] {
  return linkList(context, group.claims);
}

/** Links to the lines of `claims`, each labelled with its source: `S1 L4, S2 L7`; a line a source restates a fact on is linked once. */
function linkList(context: RenderContext, claims: Row): PhrasingContent[] {
  const links = new Map(claims.map((claim) => whereLink(context, claim, true)).map((link) => [link.url, link]));
  return [...links.values()].flatMap((link, i): PhrasingContent[] => (i ? [textNode(', '), link] : [link]));
}
