/**
 * The tense around a date: whether the event it dates lies after or before the moment of writing.
 * Hand-written from cue lists: a part-of-speech tagger (compromise) costs many times chrono (DESIGN.md).
 */
import { FUTURE_CUES, NOT_PAST_ED, PASSIVE_AUXILIARIES, PAST_CUES } from '../../lexicon/dates.js';
import { alternation, wordAlternation } from './patterns.js';

/** `future` or `past` from the nearest cue, or null when the sentence has none. */
export type Tense = 'future' | 'past' | null;

const FUTURE = new RegExp(wordAlternation(FUTURE_CUES), 'gi');
// A participle after `be` or `is` is passive (`will be held`): the tense is the auxiliary's.
const NOT_PASSIVE = `(?<!\\b(?:${alternation(PASSIVE_AUXILIARIES)})\\s+)`;
const PAST = new RegExp(`${NOT_PASSIVE}\\b(?:${alternation(PAST_CUES)})\\b`, 'gi');
// Regular past forms, lowercase only (`Ahmed` is a name): two letters before `-ed`, not `-eed` (`need`).
const PAST_ED = new RegExp(`${NOT_PASSIVE}\\b(?!(?:${alternation(NOT_PAST_ED)})\\b)[a-z]{2,}(?<!e)ed\\b`, 'g');

interface Cue {
  tense: 'future' | 'past';
  start: number;
  end: number;
}

/**
 * The tense of the date at `[start, end)` in `text`: the nearest cue before it wins (a longer
 * phrase such as `is expected to` outranks the `expected` inside it), else the first cue after it.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const cues = cuesOf(text);
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const cue of cues) {
    if (cue.end <= start && (!before || cue.end > before.end || (cue.end === before.end && cue.start < before.start))) before = cue;
    if (cue.start >= end && (!after || cue.start < after.start)) after = cue;
  }
  return (before ?? after)?.tense ?? null;
}

function cuesOf(text: string): Cue[] {
  return [...findCues(text, FUTURE, 'future'), ...findCues(text, PAST, 'past'), ...findCues(text, PAST_ED, 'past')];
}

function findCues(text: string, pattern: RegExp, tense: Cue['tense']): Cue[] {
  return [...text.matchAll(pattern)].map((match) => ({ tense, start: match.index, end: match.index + match[0].length }));
}
