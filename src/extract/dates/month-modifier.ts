/**
 * A month with a relative modifier: `last August`, `next March`, `this June`. chrono-node keeps
 * only `August` and picks the closest August, which for `last August` is often the wrong year.
 */
import { LAST_AS_VERB_AFTER, MODIFIERS } from '../../lexicon/dates.js';
import type { PatternExtractor } from '../types.js';
import { anchorYear, spanValue } from './anchor.js';
import { anyInitial, DAY, dayNumber, MONTH, monthNumber, wordAlternation } from './patterns.js';

// `will last September…` (rare, but chrono's classic trap): there `last` is a verb.
const VERB_BEFORE = new RegExp(`${wordAlternation(LAST_AS_VERB_AFTER)}\\s+$`, 'i');

/** `last August` → the latest August before the anchor; `next March` → the first one after it. */
export const monthWithModifier: PatternExtractor<'date'> = {
  kind: 'date',
  pattern: new RegExp(`\\b(${anyInitial(Object.keys(MODIFIERS))})\\s+(${MONTH})(?:\\s+(${DAY}))?(?![\\w%])`, 'g'),
  extract(match, sentence, context) {
    const [, modifier = '', month = '', day] = match;
    const word = modifier.toLowerCase();
    if (word === 'last' && VERB_BEFORE.test(sentence.text.slice(0, match.index))) return null;
    const m = monthNumber(month);
    const d = day ? dayNumber(day) : null;
    const anchored = anchorYear(m, d, MODIFIERS[word] ?? null, null, context.reference);
    const precision = d ? 'day' : 'month';
    return { value: spanValue(anchored?.year ?? null, [m, d ?? 1], [m, d ?? 31], precision, anchored?.inferred ?? true) };
  },
};
