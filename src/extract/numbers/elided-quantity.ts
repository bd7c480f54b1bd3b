/** Counts whose noun is left out after a casualty verb: `killed 12 people and injured more than 60`. */
import type { QuantityValue } from '../../model.js';
import { CASUALTY_VERBS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/units.js';
import type { Found, PatternExtractor } from '../types.js';
import { findCountedNoun } from './counted-noun.js';
import { FIGURES, figuresOf } from './figure.js';
import { alternation, isYear } from './parse-number.js';

const VERBS = alternation(CASUALTY_VERBS);
const VERB = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${VERBS})\s+$`, 'iu');
const WORD_NEXT = /^[-–]?\p{L}/u;

/** The lemma of `others` as a counted noun: more of what the sentence counts (`94 others`). */
export const OTHERS = 'other';

/**
 * A figure right after a casualty verb with no noun of its own, counting the noun of the nearest
 * other counted figure in the sentence (`killed 12 soldiers and wounded 30` → 30 `soldier`),
 * else `person`.
 */
export const elidedQuantityExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract: (match, sentence) => extract(match, sentence.text),
};

// A casualty verb before a figure that no word follows at once.
function extract(match: RegExpExecArray, text: string): Found<'quantity'>[] | null {
  const { cue, first = '' } = match.groups ?? {};
  const end = match.index + match[0].length;
  if (!VERB.test(text.slice(0, match.index)) || WORD_NEXT.test(text.slice(end))) return null;
  if ((!cue && isYear(first)) || findCountedNoun(text, end, false)) return null;
  const figures = figuresOf(match, end);
  const unit = parallelNoun(text, figures[0]?.start ?? end) ?? 'person';
  return figures.map((figure): Found<'quantity'> => {
    const value: QuantityValue = { ...figure.value, unit };
    return { value, start: figure.start, end: figure.end };
  });
}

/** The counted noun of the figure nearest to `at` in `text`, not a unit of measure or of time, nor `other`. */
export function parallelNoun(text: string, at: number): string | null {
  let best: { unit: string; distance: number } | null = null;
  for (const figure of text.matchAll(FIGURES)) {
    const figureEnd = figure.index + figure[0].length;
    if (figure.index === at) continue;
    const noun = findCountedNoun(text, figureEnd, false);
    if (!noun || noun.measure || DURATION_UNITS[noun.unit] || noun.unit === OTHERS) continue;
    const distance = Math.abs(figure.index - at);
    if (!best || distance < best.distance) best = { unit: noun.unit, distance };
  }
  return best?.unit ?? null;
}
