/** The review in the Markdown report: "Changes since baseline" after the summary, notes on accepted conflicts. */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { u } from 'unist-builder';
import type { Judged } from '../model.js';
import { inert, type MarkdownOptions } from '../render/context.js';
import { isUnchanged, type Reviewed } from './index.js';
import type { ChangedGroup } from './changes.js';

/** Markdown options that show the review: a changes section and accepted-conflict notes. */
export function reviewOptions(reviewed: Reviewed): Pick<MarkdownOptions, 'preface' | 'note'> {
  return { preface: changesSection(reviewed), note: (group) => acceptedNote(reviewed, group) };
}

function changesSection({ changes, accepted }: Reviewed): RootContent[] {
  const nodes: RootContent[] = [];
  if (changes) {
    nodes.push(u('heading', { depth: 2 as const }, [u('text', 'Changes since baseline')]));
    if (isUnchanged(changes)) nodes.push(u('paragraph', [u('text', 'No changes since the baseline.')]));
    else {
      const lists: Array<[string, ChangedGroup[]]> = [
        ['New conflicts', changes.newConflicts],
        ['Resolved conflicts', changes.resolvedConflicts],
        ['Newly corroborated', changes.corroborated],
      ];
      const items: ListItem[] = [];
      for (const [title, groups] of lists) if (groups.length) items.push(item([u('strong', [u('text', `${title} (${groups.length})`)])], groups.map(describeGroup)));
      if (changes.verdictChanges.length) items.push(item([u('strong', [u('text', `Verdicts changed (${changes.verdictChanges.length})`)])], changes.verdictChanges.map((c) => [...describeGroup(c), u('text', ` (${c.from} → ${c.to})`)])));
      if (changes.sourcesAdded.length) items.push(item([u('strong', [u('text', 'Sources added')]), u('text', `: ${changes.sourcesAdded.join(', ')}`)]));
      if (changes.sourcesRemoved.length) items.push(item([u('strong', [u('text', 'Sources removed')]), u('text', `: ${changes.sourcesRemoved.join(', ')}`)]));
      nodes.push(u('list', { ordered: false, spread: false }, items));
    }
  }
  if (accepted.stale.length) {
    nodes.push(u('paragraph', [u('strong', [u('text', 'Stale reviewed conflicts')]), u('text', `: ${accepted.stale.map((a) => a.group).join(', ')} match no current conflict; remove them from the accept file.`)]));
  }
  return nodes;
}

function item(head: PhrasingContent[], rows: PhrasingContent[][] = []): ListItem {
  const children: ListItem['children'] = [u('paragraph', head)];
  if (rows.length) children.push(u('list', { ordered: false, spread: false }, rows.map((row) => u('listItem', [u('paragraph', row)]))) as List);
  return u('listItem', { spread: false }, children);
}

function describeGroup(group: ChangedGroup): PhrasingContent[] {
  return [u('inlineCode', group.id), ...inert(` ${group.kind}, ${group.subject}: ${group.reason}`)];
}

function acceptedNote({ accepted }: Reviewed, group: Judged): PhrasingContent[] | null {
  const acceptance = accepted.byGroup.get(group.id);
  if (!acceptance) return null;
  const who = [acceptance.by, acceptance.date].filter(Boolean).join(', ');
  return [u('strong', [u('text', 'Reviewed')]), ...inert(`: ${acceptance.note}${who ? ` (${who})` : ''}`)];
}
