/** A season without a year: `last summer`, `this spring`, `in the autumn`. chrono-node reads none. */
import { MODIFIERS, SEASONS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { anyInitial, YEAR } from './patterns.js';
import { tenseAt } from './tense.js';

/** A season anchored like a month (by its first month), precision season. */
export const seasonWithoutYear: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(
    `\\b(?:(${anyInitial(Object.keys(MODIFIERS))})|[Ii]n\\s+the)\\s+(${anyInitial(Object.keys(SEASONS))})\\b(?!\\s+(?:of\\s+)?${YEAR})`,
    'g',
  ),
  extract(match, sentence, context) {
    const [whole, modifier, season = ''] = match;
    const [first, last] = SEASONS[season.toLowerCase()] ?? [1, 12];
    const shift = modifier ? (MODIFIERS[modifier.toLowerCase()] ?? null) : null;
    const tense = tenseAt(sentence.text, match.index, match.index + whole.length);
    const anchored = anchorYear(first, null, shift, tense, context.reference);
    const start = modifier ? match.index : match.index + whole.length - season.length;
    return { value: spanValue(anchored?.year ?? null, [first, 1], [last, 31], 'season', anchored?.inferred ?? true), start };
  },
};
