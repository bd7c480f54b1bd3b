/** Looking up the people a source names: mentions in a range, and the fullest form of a name. */
import type { Mention } from '../../model.js';

/** The person mentions whose start lies in `[start, end)`, in order (mentions sorted by offset). */
export function personsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const found: Mention[] = [];
  for (let i = firstFrom(mentions, start); i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.start >= end) break;
    if (mention.type === 'person') found.push(mention);
  }
  return found;
}

/** The fullest name a source gives each person, by the person's key (`korotchenko` → `Igor Korotchenko`). */
export function fullestNames(mentions: readonly Mention[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const mention of mentions) {
    const best = names.get(mention.key);
    if (mention.type === 'person' && (best === undefined || words(mention.text) > words(best))) names.set(mention.key, mention.text);
  }
  return names;
}

/** The index of the first item whose `start` is at least `offset` (items sorted by `start`). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((items[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function words(name: string): number {
  return name.split(/\s+/).length;
}
