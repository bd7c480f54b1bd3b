/** Lengths of time with a number: `45-50 minutes`, `eight-hour`, `12 months`, `two decades`. */
import type { DurationValue } from '../../model.js';
import { SPAN_PREPOSITIONS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/units.js';
import type { Found, PatternExtractor } from '../types.js';
import { FIGURES, figuresOf } from './figure.js';
import { alternation } from './parse-number.js';
import { wordBefore } from './word-before.js';

// `44-year-old` and `44 years old` are ages (see age.ts), not durations.
const UNIT = new RegExp(`^(?<joint>\\s+|[-–])(?<unit>${alternation(Object.keys(DURATION_UNITS))})(?![\\p{L}\\p{N}]|[-–]old|\\s+old\\b)`, 'iu');

const MEASURED_FROM = /^\s+(?:after|before|since|ago)\b/iu;

/** A figure and a time unit after it, converted to the unit's canonical name (`decade` → 10 `year`). */
export const durationExtractor: PatternExtractor<'duration'> = {
  kind: 'duration',
  pattern: FIGURES,
  extract: (match, sentence) => extract(match, sentence.text),
};

function extract(match: RegExpExecArray, text: string): Found<'duration'>[] | null {
  const end = match.index + match[0].length;
  const after = UNIT.exec(text.slice(end));
  if (!after) return null;
  const { cue, first = '' } = match.groups ?? {};
  const { joint = '', unit = '' } = after.groups ?? {};
  const time = DURATION_UNITS[unit.toLowerCase()];
  if (!time) return null;
  // A lone `one day` is mostly a narrative "one day"; it counts after `for`, `in`, `within`…, or
  // measured from an event (`one week after the quake`, `one week since`).
  const isLoneOne = /^one$/i.test(first) && !cue && /\s/.test(joint);
  const isMeasured = MEASURED_FROM.test(text.slice(end + after[0].length));
  if (isLoneOne && !isMeasured && !SPAN_PREPOSITIONS.has(wordBefore(text, match.index))) return null;
  // A length of nothing names a kind of thing: `a zero-hours contract`.
  const figures = figuresOf(match, end + after[0].length);
  if (figures.every((figure) => figure.value.max === 0)) return null;
  return figures.map((figure): Found<'duration'> => {
    const { min, max, ...rest } = figure.value;
    const value: DurationValue = { min: min * time.times, max: max * time.times, ...rest, unit: time.unit };
    return { value, start: figure.start, end: figure.end };
  });
}
