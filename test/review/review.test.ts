import { describe, expect, it } from 'vitest';
import { compareSources, toSource } from '../../src/index.js';
import { toReport } from '../../src/render/json.js';
import { staleOutputs } from '../../src/review/check.js';
import { changesSince, failing, readAcceptances, review } from '../../src/review/index.js';
import { toSarif } from '../../src/review/sarif.js';

const article = (id: string, body: string) => toSource(`${id}.txt`, `Harbour news\n\n${body}\n`);
const base = [article('a', 'The storm destroyed 120 homes on the coast.'), article('b', 'Officials said 120 homes were destroyed by the storm on the coast.')];
const changed = [article('a', 'The storm destroyed 120 homes on the coast.'), article('b', 'Officials said 150 homes were destroyed by the storm on the coast.')];

describe('changesSince', () => {
  it('finds a new conflict and no resolved one', () => {
    const changes = changesSince(toReport(compareSources(base)), toReport(compareSources(changed)));
    expect(changes.newConflicts.map((g) => g.kind)).toEqual(['quantity']);
    expect(changes.resolvedConflicts).toEqual([]);
  });

  it('finds the conflict resolved the other way round', () => {
    const changes = changesSince(toReport(compareSources(changed)), toReport(compareSources(base)));
    expect(changes.resolvedConflicts.map((g) => g.reason)).toEqual(['a states 120 homes, b states 150 homes: the figures differ']);
    expect(changes.newConflicts).toEqual([]);
  });

  it('finds a claim newly corroborated and a source added', () => {
    const changes = changesSince(toReport(compareSources(base.slice(0, 1))), toReport(compareSources(base)));
    expect(changes.corroborated.map((g) => g.kind)).toEqual(['quantity']);
    expect(changes.sourcesAdded).toEqual(['b']);
  });

  it('finds a verdict that changed from agree to partial', () => {
    const about = [base[0] as ReturnType<typeof article>, article('b', 'Officials said about 120 homes were destroyed by the storm on the coast.')];
    const changes = changesSince(toReport(compareSources(base)), toReport(compareSources(about)));
    expect(changes.verdictChanges.map((c) => [c.from, c.to])).toEqual([['agree', 'partial']]);
  });
});

describe('accepting conflicts', () => {
  const comparison = compareSources(changed);
  const id = comparison.groups.find((g) => g.verdict === 'conflict')?.id as string;

  it('reads JSON and YAML lists', () => {
    expect(readAcceptances(`[{"group": "${id}", "note": "checked"}]`)).toEqual([{ group: id, note: 'checked' }]);
    expect(readAcceptances(`accepted:\n  - group: ${id}\n    note: checked\n    by: desk\n    date: 2026-11-20\n`)).toEqual([{ group: id, note: 'checked', by: 'desk', date: '2026-11-20' }]);
  });

  it('rejects entries without a note', () => {
    expect(() => readAcceptances(`- group: ${id}\n`)).toThrow('entry 1 needs `group` (a conflict id) and a `note`');
  });

  it('no longer fails on an accepted conflict, and reports stale entries', () => {
    expect(failing(review(comparison), 'conflict').map((g) => g.id)).toEqual([id]);
    const reviewed = review(comparison, null, [{ group: id, note: 'checked' }, { group: 'quote-000000000000', note: 'old' }]);
    expect(failing(reviewed, 'conflict')).toEqual([]);
    expect(reviewed.accepted.stale.map((a) => a.group)).toEqual(['quote-000000000000']);
  });

  it('fails on new conflicts only when asked to', () => {
    const reviewed = review(comparison, toReport(compareSources(changed)));
    expect(failing(reviewed, 'new-conflict')).toEqual([]);
    expect(failing(reviewed, 'conflict').length).toBe(1);
    expect(failing(reviewed, 'never')).toEqual([]);
  });
});

describe('toSarif', () => {
  it('gives one result per conflicting claim with fingerprints and baseline state', () => {
    const sarif = JSON.parse(toSarif(review(compareSources(changed), toReport(compareSources(base))), '1.2.3'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: 'crosscheck', version: '1.2.3' });
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ ruleId: 'crosscheck/conflict', level: 'warning', baselineState: 'new' });
    expect(Object.keys(results[0].partialFingerprints)).toEqual(['crosscheckGroup/v1', 'crosscheckClaim/v1']);
    expect(results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => `${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine}`)).toEqual(['a.txt:3', 'b.txt:3']);
  });
});

describe('staleOutputs', () => {
  it('names missing and changed files with a short diff, and passes current ones', () => {
    const files: Record<string, string> = { 'same.md': 'one\n', 'old.md': 'one\ntwo\n' };
    const stale = staleOutputs(
      [
        { path: 'same.md', text: 'one\n' },
        { path: 'old.md', text: 'one\nthree\n' },
        { path: 'gone.md', text: 'x\n' },
      ],
      (path) => files[path] ?? null,
    );
    expect(stale.map((s) => s.path)).toEqual(['old.md', 'gone.md']);
    expect(stale[0]?.problem).toContain('-two\n+three');
    expect(stale[1]?.problem).toBe('missing');
  });
});
