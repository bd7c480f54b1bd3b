/** What changed between two quotes' words, in a few words: `“worker” → “docker”, dropped “full”`. */
import { diffArrays } from 'diff';

/** At most this many changes are named; the rest are counted. */
const SHOWN = 3;

/** The changed, dropped and added words from `before` to `after` (normalized tokens). */
export function wordChanges(before: readonly string[], after: readonly string[]): string {
  const parts = diffArrays([...before], [...after]);
  const changes: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part || (!part.added && !part.removed)) continue;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      changes.push(`“${part.value.join(' ')}” → “${next.value.join(' ')}”`);
      i++;
    } else changes.push(`${part.removed ? 'dropped' : 'added'} “${part.value.join(' ')}”`);
  }
  const more = changes.length - SHOWN;
  return `${changes.slice(0, SHOWN).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
