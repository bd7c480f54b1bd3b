/**
 * Guards the accuracy figures: none may fall more than 2 points below test/corpus/baseline.json
 * (and "agreements called conflict" may not rise more than 2 points). Update the baseline
 * deliberately, with `npm run eval -- --write-baseline`, in the commit that moves a figure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';

const baseline = JSON.parse(readFileSync('test/corpus/baseline.json', 'utf8')) as Record<string, number>;
const LOWER_IS_BETTER = new Set(['agree.called.conflict']);

describe('accuracy on the gold corpus', () => {
  const { percents } = evaluate();
  it.each(Object.entries(baseline))('%s stays within 2 points of %d', (name, recorded) => {
    const now = percents[name];
    expect(now, `${name} is not measured any more`).toBeTypeOf('number');
    if (LOWER_IS_BETTER.has(name)) expect(now).toBeLessThanOrEqual(recorded + 2);
    else expect(now).toBeGreaterThanOrEqual(recorded - 2);
  });
});
