import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeness } from '../../src/align/closeness.js';
import { closenessTable } from '../../src/align/closeness-table.js';
import type { AnyClaim, DatePrecision, DurationUnit, Kind } from '../../src/model.js';

const sentence = { source: 's', text: '', paragraph: 0, index: 0, heading: false, start: 0, end: 0 };
const figure = fc.constantFrom(0, 5, 14, 17, 18, 48.66, 48.7, 5000, 12e9, 12.4e9, 1.6e9, 2.35e9, -3);
const figureText = fc.constantFrom('14', '17 injured', '18%', '18 percent', '48.7', '48.66', '5,000', '$12.4bn', '$12bn', '12.4 billion', '2.35 million', 'about 5k', 'none');
const range = fc.record({ min: figure, spread: fc.constantFrom(0, 0, 0, 1, 3e9), bound: fc.constantFrom(undefined, undefined, 'min' as const, 'max' as const) });
const day = fc.constantFrom('2026-05-04', '2026-05-06', '2026-06-01', '2026-06-20', '2026-07-02', '2025-05-05', '2016-02-06', '2016-12-31', '2017-01-01', '2026-05-04T00:00');

const claimOf = (kind: Kind) =>
  fc.record({ text: figureText, range, day: fc.tuple(fc.option(day, { freq: 8 }), fc.option(day, { freq: 8 })), precision: fc.constantFrom<DatePrecision>('day', 'month', 'season', 'year', 'decade'), inferred: fc.boolean(), unit: fc.constantFrom<DurationUnit>('second', 'day', 'week', 'month', 'year') }).map(
    ({ text, range: { min, spread, bound }, day: [start, end], precision, inferred, unit }): AnyClaim => {
      const value = { min, max: min + spread, approximate: false, ...(bound ? { bound } : {}) };
      const base = { source: 's', text, sentence, start: 0, end: text.length };
      if (kind === 'date') {
        const [first, last] = start && end && end < start ? [end, start] : [start, end];
        return { ...base, kind, value: { start: first ?? null, end: last ?? null, precision, inferred } };
      }
      if (kind === 'duration') return { ...base, kind, value: { ...value, unit } };
      if (kind === 'money') return { ...base, kind, value: { ...value, currency: 'USD' } };
      if (kind === 'quantity') return { ...base, kind, value: { ...value, unit: 'miner' } };
      if (kind === 'percent') return { ...base, kind, value };
      if (kind === 'quote') return { ...base, kind, value: { speaker: null, words: text } };
      return { ...base, kind, value: { person: 'A B', role: text } };
    },
  );

const kinds: Kind[] = ['money', 'quantity', 'percent', 'duration', 'date', 'quote', 'role'];

describe('closenessTable', () => {
  it.each(kinds)('agrees with closeness on every pair of %s claims', (kind) => {
    fc.assert(
      fc.property(fc.array(claimOf(kind), { minLength: 1, maxLength: 12 }), (claims) => {
        const table = closenessTable(claims);
        for (const [i, a] of claims.entries()) for (const [j, b] of claims.entries()) expect(table(i, j)).toBe(closeness(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on a list of mixed kinds, pair by pair within a kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds).chain(claimOf), { minLength: 1, maxLength: 20 }), (claims) => {
        const table = closenessTable(claims);
        for (const [i, a] of claims.entries()) for (const [j, b] of claims.entries()) if (a.kind === b.kind) expect(table(i, j)).toBe(closeness(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
