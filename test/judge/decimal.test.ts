import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/judge/decimal.js';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A deterministic pseudo-random stream (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('formatDecimal', () => {
  it.each([
    [1234.5, '1,234.5'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [0.995, '1'],
    [999.999, '1,000'],
    [-0.001, '-0'],
    [-0, '-0'],
    [0, '0'],
    [1.6, '1.6'],
    [12_400_000, '12,400,000'],
    [1e-7, '0'],
    [1e21, '1,000,000,000,000,000,000,000'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
  ])('%s → %s', (n, expected) => {
    expect(formatDecimal(n)).toBe(expected);
  });

  it('writes what Intl.NumberFormat writes, for numbers of every size and precision', () => {
    const next = random(20261203);
    const numbers: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 26 - 8);
      const value = next() * magnitude;
      // Whole numbers, ties at the third decimal, and values divided by the report's scales.
      const shaped = [value, Math.round(value), Math.round(value * 1000) / 1000, Math.round(value * 1000 + 0.5) / 1000, (value * 1e6) / 1e9];
      for (const n of shaped) numbers.push(n, -n);
    }
    const differing = numbers.filter((n) => formatDecimal(n) !== intl.format(n)).slice(0, 5);
    expect(differing.map((n) => [n, formatDecimal(n), intl.format(n)])).toEqual([]);
  });
});
