/**
 * Reviewed conflicts: a file (`crosscheck.accept.json` or `.yaml`) lists conflict groups that
 * people have looked at, each with a note. They stay in the report, labelled, and no longer fail
 * `--fail-on`; entries that match no current conflict are stale and reported as such.
 */
import { parse } from 'yaml';
import type { Judged } from '../model.js';

/** One reviewed conflict. */
export interface Acceptance {
  /** The conflict group's id, as in the JSON report. */
  group: string;
  note: string;
  by?: string;
  date?: string;
}

/** The accepted conflicts found in a report, and the entries that matched none. */
export interface Accepted {
  byGroup: ReadonlyMap<string, Acceptance>;
  stale: Acceptance[];
}

/** Read an accept file's text (JSON or YAML: a list, or `{ accepted: [...] }`); throws a plain message when malformed. */
export function readAcceptances(text: string): Acceptance[] {
  const data: unknown = parse(text);
  const list: unknown = Array.isArray(data) ? data : (data as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw new Error('expected a list of `{ group, note }` entries (or `accepted:` with such a list)');
  return list.map((entry, i) => {
    const { group, note, by, date } = (entry ?? {}) as Record<string, unknown>;
    if (typeof group !== 'string' || typeof note !== 'string' || !note.trim()) throw new Error(`entry ${i + 1} needs \`group\` (a conflict id) and a \`note\``);
    return { group, note: note.trim(), ...(typeof by === 'string' ? { by } : {}), ...(date != null ? { date: String(date instanceof Date ? date.toISOString().slice(0, 10) : date) } : {}) };
  });
}

/** Match acceptances to the current conflicts. */
export function applyAcceptances(acceptances: readonly Acceptance[], groups: readonly Judged[]): Accepted {
  const conflicts = new Set(groups.filter((g) => g.verdict === 'conflict').map((g) => g.id));
  const byGroup = new Map<string, Acceptance>();
  const stale: Acceptance[] = [];
  for (const acceptance of acceptances) {
    if (conflicts.has(acceptance.group)) byGroup.set(acceptance.group, acceptance);
    else stale.push(acceptance);
  }
  return { byGroup, stale };
}
