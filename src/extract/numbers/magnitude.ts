/** Earthquake magnitudes: `magnitude 6.8`, `a 6.8-magnitude quake`, `magnitude of 7.9`, `the 7.5 earthquake`, `6.3 on the Richter scale`. */
import type { PatternExtractor } from '../types.js';

/** The unit of an earthquake's magnitude: a measure, compared like a count of one thing. */
export const MAGNITUDE_UNIT = 'magnitude';

const VALUE = String.raw`\d(?:\.\d{1,2})?`;
const PATTERN = new RegExp(
  [
    String.raw`\bmagnitude(?:-|\s+(?:of\s+)?)(?<after>${VALUE})(?![\d.]\d)`,
    String.raw`(?<![\d.,])(?<before>${VALUE})[-\s]+magnitude\b`,
    String.raw`(?<![\d.,])(?<quake>\d\.\d)[-\s]+(?:earthquake|quake|tremor|temblor)s?\b`,
    String.raw`(?<![\d.,])(?<richter>${VALUE})\s+on\s+the\s+Richter\s+scale\b`,
  ].join('|'),
  'gi',
);

/** A magnitude as written beside `magnitude`, an earthquake or the Richter scale: a quantity of unit `magnitude`. */
export const magnitudeExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: PATTERN,
  extract(match) {
    const { after, before, quake, richter } = match.groups ?? {};
    const written = after ?? before ?? quake ?? richter ?? '';
    const value = Number(written);
    if (!(value > 0 && value < 10)) return null;
    // The claim covers the figure and the word that makes it a magnitude, not the word `earthquake`.
    const end = quake ? match.index + match[0].indexOf(quake) + quake.length : match.index + match[0].length;
    return { value: { min: value, max: value, approximate: false, unit: MAGNITUDE_UNIT }, end };
  },
};
