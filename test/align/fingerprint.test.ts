import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueKey } from '../../src/align/fingerprint.js';
import type { AnyClaim } from '../../src/model.js';

// The definition `valueKey` writes out: sorted keys, each as a `[key, value]` pair.
const reference = (value: Record<string, unknown>): string => JSON.stringify(Object.keys(value).sort().map((key) => [key, value[key]]));

const withValue = (value: Record<string, unknown>): AnyClaim => ({ value }) as unknown as AnyClaim;

// Values as extractors build them (numbers, strings, booleans, null, an absent bound), in any key order.
const field = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.dictionary(fc.oneof(fc.constantFrom('min', 'max', 'approximate', 'bound', 'currency', 'unit', 'start', 'end', 'precision', 'inferred', 'speaker', 'words', 'person', 'role'), fc.string()), field, { maxKeys: 8 });

describe('valueKey', () => {
  it('is JSON.stringify of the sorted [key, value] pairs, whatever the key order', () => {
    fc.assert(fc.property(value, (v) => valueKey(withValue(v)) === reference(v)), { numRuns: 2000 });
  });

  it('gives equal values in different key orders one key, and tells unequal values apart', () => {
    const a = valueKey(withValue({ min: 3, max: 3, approximate: false, unit: 'troop' }));
    expect(valueKey(withValue({ unit: 'troop', approximate: false, max: 3, min: 3 }))).toBe(a);
    expect(valueKey(withValue({ min: 3, max: 4, approximate: false, unit: 'troop' }))).not.toBe(a);
    expect(a).toBe('[["approximate",false],["max",3],["min",3],["unit","troop"]]');
  });

  it('writes what JSON cannot as null, as an array does', () => {
    expect(valueKey(withValue({ b: undefined, a: Number.NaN, c: -0 }))).toBe('[["a",null],["b",null],["c",0]]');
  });
});
