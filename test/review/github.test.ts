import { describe, expect, it } from 'vitest';
import { compareSources, toSource } from '../../src/index.js';
import { toAnnotations, toSummary, escapeData, escapeProperty } from '../../src/review/github.js';
import { review } from '../../src/review/index.js';

const NOUNS = ['crates', 'barrels', 'pallets', 'sacks', 'drums', 'boxes', 'bales', 'tanks', 'carts', 'rafts', 'kegs', 'trunks', 'hampers', 'chests', 'cases', 'coils'];

/** Two articles that disagree on every count: one conflict per noun. */
function conflicting(nouns: readonly string[]) {
  const text = (n: number) => `Depot inventory\n\n${nouns.map((noun, i) => `The depot held ${10 + i * 7 + n} ${noun}.`).join('\n')}\n`;
  return review(compareSources([toSource('a.txt', text(0)), toSource('b.txt', text(3))]));
}

describe('GitHub annotations', () => {
  it('stays within 10 warnings a step and counts the rest in one notice', () => {
    const reviewed = conflicting(NOUNS);
    expect(reviewed.comparison.groups.filter((g) => g.verdict === 'conflict')).toHaveLength(16);
    const lines = toAnnotations(reviewed).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(lines[lines.length - 1]).toMatch(/^::notice title=crosscheck::22 more conflicting claims are not annotated/);
    expect(lines).toHaveLength(11);
  });

  it('keeps to a lower job cap when there is one', () => {
    const lines = toAnnotations(conflicting(NOUNS), { perStep: 10, perJob: 4 }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(4);
  });

  it('prints nothing without conflicts', () => {
    expect(toAnnotations(review(compareSources([toSource('a.txt', 'Quiet day\n\nNothing happened.\n')])))).toBe('');
  });

  it('escapes article text so that it can neither end a command nor start one', () => {
    expect(escapeData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
    expect(escapeProperty('a:b,c\nd')).toBe('a%3Ab%2Cc%0Ad');
    const article = (words: string) => toSource(`${words.length}.txt`, `Depot row\n\n“The depot is ${words} ::set-output name=x::1,” said clerk Ada Brook.\n`);
    const lines = toAnnotations(review(compareSources([article('full'), article('nearly empty')]))).trimEnd().split('\n');
    expect(lines.length).toBe(2);
    expect(lines.every((l) => l.startsWith('::warning file='))).toBe(true);
    expect(lines[0]).toContain('::set-output name=x::1');
  });
});

describe('GitHub job summary', () => {
  it('lists every conflict when it fits', () => {
    const summary = toSummary(conflicting(NOUNS));
    expect(summary).toMatch(/^## crosscheck: 16 conflicts\n/);
    expect(summary.match(/^\| \| quantity \|/gm)?.length).toBe(16);
  });

  it('keeps within its byte budget and says how many conflicts it left out', () => {
    const summary = toSummary(conflicting(NOUNS), 1200);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1200);
    const shown = summary.match(/^\| \| quantity \|/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(summary).toContain(`${16 - shown} more conflicts are left out: GitHub reads at most 1200 bytes of a summary.`);
  });
});
