/**
 * A chrono-node refiner for `between March and May 2020`: chrono merges ranges joined by `to`,
 * `until` or a dash, but reads `between … and …` as two separate dates.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const AND = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** Merge `between A and B` into one range from A to B. */
export const mergeBetweenAnd: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const previous = out[out.length - 1];
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      if (!previous || previous.end || result.end || !AND.test(between) || !BETWEEN_BEFORE.test(context.text.slice(0, previous.index))) {
        out.push(result);
        continue;
      }
      const [from, to] = [previous.start, result.start];
      // One stated year serves both ends, as in chrono's own range refiner; a range never runs backwards.
      const wraps = (from.get('month') ?? 1) > (to.get('month') ?? 12);
      if (!from.isCertain('year') && to.isCertain('year')) from.imply('year', (to.get('year') ?? 0) - (wraps ? 1 : 0));
      if (!to.isCertain('year') && from.isCertain('year')) to.imply('year', (from.get('year') ?? 0) + (wraps ? 1 : 0));
      const merged = context.createParsingResult(previous.index, result.index + result.text.length, from, to);
      out[out.length - 1] = merged;
    }
    return out;
  },
};
