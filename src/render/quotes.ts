/** The quotes section: every quote stated by two sources or more, with a word diff from `diff`. */
import { diffWords } from 'diff';
import type { PhrasingContent, RootContent } from 'mdast';
import { u } from 'unist-builder';
import type { Claim, Judged } from '../model.js';
import { inert, whereLink, type RenderContext } from './context.js';

/** The longest quote shown whole, in characters; a quote is one paragraph, not a cell. */
const QUOTE_CHARS = 1000;

/** Quotes across sources: the first version, then each other version as a diff against it, built as they are serialized. */
export function* quotesSection(context: RenderContext): Generator<RootContent> {
  const groups = context.comparison.groups.filter((g) => g.kind === 'quote' && g.verdict !== 'unique');
  yield u('heading', { depth: 2 as const }, [u('text', 'Quotes')]);
  if (!groups.length) {
    yield u('paragraph', [u('text', 'No quote appears in more than one source.')]);
    return;
  }
  yield u('paragraph', [u('text', 'Each version is compared with the first: '), u('delete', [u('text', 'struck')]), u('text', ' words are only in the first, '), u('strong', [u('text', 'bold')]), u('text', ' words only in the other.')]);
  for (const group of groups) yield* quoteGroup(context, group);
}

function quoteGroup(context: RenderContext, group: Judged): RootContent[] {
  const [first, ...others] = group.claims as Claim<'quote'>[];
  if (!first) return [];
  const nodes: RootContent[] = [
    u('heading', { depth: 3 as const }, inert(`${first.value.speaker ?? 'Unattributed'} (${group.verdict})`)),
    u('blockquote', [u('paragraph', [...inert(first.value.words, QUOTE_CHARS), u('text', ' — '), whereLink(context, first, true)])]),
  ];
  const items = others.map((claim) => u('listItem', [u('paragraph', [whereLink(context, claim, true), u('text', ': '), ...wordDiff(first.value.words, claim.value.words)])]));
  if (items.length) nodes.push(u('list', { ordered: false, spread: false }, items));
  return nodes;
}

/** The words of `after` against `before`: removed words struck, added words bold. */
export function wordDiff(before: string, after: string): PhrasingContent[] {
  const changes = diffWords(before, after, { ignoreCase: false });
  if (changes.every((change) => !change.added && !change.removed)) return [u('text', 'same words')];
  return changes.flatMap((change): PhrasingContent[] => {
    if (change.removed) return [u('delete', inert(change.value, QUOTE_CHARS))];
    if (change.added) return [u('strong', inert(change.value, QUOTE_CHARS))];
    return inert(change.value, QUOTE_CHARS);
  });
}
