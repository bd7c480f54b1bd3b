import { describe, expect, it } from 'vitest';
import { valueKey } from '../../src/kinds/index.js';

describe('valueKey', () => {
  it('gives equal values in different key orders one key, and tells unequal values apart', () => {
    const a = valueKey({ min: 3, max: 3, approximate: false, unit: 'troop' });
    expect(valueKey({ unit: 'troop', approximate: false, max: 3, min: 3 })).toBe(a);
    expect(valueKey({ min: 3, max: 4, approximate: false, unit: 'troop' })).not.toBe(a);
    expect(a).toBe('[["approximate",false],["max",3],["min",3],["unit","troop"]]');
  });
});
