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

const fullest = new WeakMap<readonly Mention[], Map<string, string>>();

/** The fullest name the source gives the person of `mention` (`Korotchenko` → `Igor Korotchenko`). */
export function fullName(mention: Mention, mentions: readonly Mention[]): string {
  let names = fullest.get(mentions);
  if (!names) {
    names = new Map();
    for (const other of mentions) {
      const best = names.get(other.key);
      if (other.type === 'person' && (best === undefined || words(other.text) > words(best))) names.set(other.key, other.text);
    }
    fullest.set(mentions, names);
  }
  return names.get(mention.key) ?? mention.text;
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
