/** Lengths of time without digits: `a decade`, `half an hour`, `for a year`, `more than a week`. */
import type { DurationValue } from '../../model.js';
import { FREQUENCY_WORDS, OBJECT_PRONOUNS, SPAN_PREPOSITIONS, SPAN_VERBS } from '../../lexicon/numbers.js';
import { DURATION_UNITS } from '../../lexicon/units.js';
import type { PatternExtractor } from '../types.js';
import { CUE, readCue } from './parse-number.js';
import { wordBefore } from './word-before.js';

// `a second` is left out: it is nearly always the ordinal (`a second time`).
const UNITS = ['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century'];
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<cue>${CUE})\\s+)?(?<half>half\\s+)?(?<article>(?:an?|one)\\s+single|an?|past|last|next)\\s+(?<unit>${UNITS.join('|')})` +
    `(?<andHalf>\\s+and\\s+a\\s+half)?(?![\\p{L}\\p{N}-])(?:(?=(?<after>\\s+(?:after|before|since|ago)\\b))|)`,
  'giu',
);
const LONG = /^(?:decade|century)$/i;
const WORD_AND_OBJECT = /(\p{L}+)\s+(\p{L}+)\s+$/u;

/**
 * `a`/`an` and a time unit, read as one unit: always for `a decade`, `half an hour` or `an hour and
 * a half`, otherwise only after a cue or a preposition of time (`for a year`) or before a word that
 * measures from an event (`a week after`, `a year ago`, `a month since`), so that `once a year`
 * is no claim. `the past decade` is ten years; `the past year` is a date, not a length.
 */
export const durationPhraseExtractor: PatternExtractor<'duration'> = {
  kind: 'duration',
  pattern: PATTERN,
  extract(match, sentence) {
    const { cue, half, article = '', unit = '', andHalf, after } = match.groups ?? {};
    const time = DURATION_UNITS[unit.toLowerCase()];
    const isLong = LONG.test(unit);
    if (!time || (/^(?:past|last|next)$/i.test(article) && (!isLong || half))) return null;
    const isRate = FREQUENCY_WORDS.has(wordBefore(sentence.text, match.index));
    if (!cue && !half && !andHalf && !isLong && (!after || isRate) && !spanBefore(sentence.text, match.index)) return null;
    const amount = (half ? 0.5 : 1) + (andHalf ? 0.5 : 0);
    const value: DurationValue = { min: amount * time.times, max: amount * time.times, ...readCue(cue), unit: time.unit };
    const start = /^(?:an?|one)\b/i.test(article) || cue || half ? match.index : match.index + match[0].indexOf(unit);
    return { value, start };
  },
};

// A preposition or verb of time before the article (`for a year`), or a granting verb and its object.
function spanBefore(text: string, index: number): boolean {
  if (SPAN_PREPOSITIONS.has(wordBefore(text, index)) || SPAN_VERBS.has(wordBefore(text, index))) return true;
  const [, verb = '', object = ''] = WORD_AND_OBJECT.exec(text.slice(Math.max(0, index - 32), index)) ?? [];
  return OBJECT_PRONOUNS.has(object.toLowerCase()) && SPAN_VERBS.has(verb.toLowerCase());
}
