/** Typing a segment of capitalized words by its cues: titles, speech verbs, cue words, gazetteer. */
import { ALIASES, CITIES, COUNTRIES, DEMONYMS, EVENT_CUES, MEDIA_NOUNS, ORGANIZATION_CUES, PLACE_CUES } from '../../lexicon/gazetteer.js';
import { INVERTING_VERBS, SPEECH_ADVERBS, SPEECH_VERBS } from '../../lexicon/speech.js';
import { TITLE_NOUNS } from '../../lexicon/titles.js';
import type { EntityType } from '../../model.js';
import type { Segment } from './segments.js';
import { isAcronym, isEvent, type Token } from './tokens.js';

/** A typed name found in a sentence; `weak` ones survive only if the source names them elsewhere. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  weak: boolean;
}

const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)$/u;
const VERB_AFTER = new RegExp(`^\\s+(?:(?:${[...SPEECH_ADVERBS].join('|')})\\s+)?(?:${SPEECH_VERBS.join('|')})\\b`, 'i');
const APPOSITION = /^,\s+([^,.;:]{0,80})/u;

/** The place or organisation a single word names, if the gazetteer knows it. */
export function lookup(word: string): { type: EntityType; key: string } | null {
  const lower = word.toLowerCase();
  const alias = ALIASES.get(lower);
  if (alias) return alias;
  const country = COUNTRIES.get(lower) ?? DEMONYMS.get(lower);
  if (country) return { type: 'place', key: country };
  if (CITIES.has(lower)) return { type: 'place', key: lower };
  return null;
}

/** Type a segment, splitting off leading places and a trailing person name where it holds them. */
export function classify(text: string, tokens: readonly Token[], segment: Segment, heading: boolean): Candidate[] {
  const words = segment.tokens;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  const whole = text.slice(first.start, last.end);
  const known = lookup(whole);
  if (known) return [at(first, last, known.type, known.key)];
  if (heading) return words.flatMap((word) => single(word, true));
  const lowers = words.map((word) => word.text.toLowerCase());
  const cue = lastIndexWhere(lowers, (word) => ORGANIZATION_CUES.has(word));
  const cueWord = words[cue];
  if (cueWord) {
    const rest = words.slice(cue + 1);
    // `… Service Andrey Boytsov`: a name right after the cue word; `Ministry of Transport` is one name.
    const named = rest[0] !== undefined && /^\s+$/.test(text.slice(cueWord.after, rest[0].start)) && rest.length <= 3 && rest.every((word) => NAME_WORD.test(word.text));
    const end = named || !rest.length ? cueWord : last;
    const org = at(first, end, 'organization', orgKey(text.slice(first.start, end.end)));
    return named ? [org, person(rest)] : [org];
  }
  if (segment.afterTitleOf && words.length >= 2) {
    const split = words.length - Math.min(2, words.length - 1);
    const name = words.slice(split);
    if (name.every((word) => NAME_WORD.test(word.text))) return [...classify(text, tokens, { ...segment, tokens: words.slice(0, split), afterTitleOf: false }, false), person(name)];
  }
  const tail = lowers[lowers.length - 1] ?? '';
  if (words.length > 1 && PLACE_CUES.has(tail)) return [at(first, last, 'place', whole.toLowerCase())];
  if (words.length > 1 && EVENT_CUES.has(tail)) return [at(first, last, 'other', whole.toLowerCase())];
  const lead = words.findIndex((word) => !lookup(word.text) && !isAcronym(word));
  if (lead > 0) return [...words.slice(0, lead).flatMap((word) => single(word, false)), ...classify(text, tokens, { ...segment, tokens: words.slice(lead), initial: false, afterTitle: false, afterTitleOf: false }, false)];
  if (lead < 0) return words.flatMap((word) => single(word, false));
  const after = text.slice(last.after);
  const before = tokens[segment.first - 1]?.text.toLowerCase() ?? '';
  const named = words.every((word) => NAME_WORD.test(word.text));
  const inverted = INVERTING_VERBS.has(before) && /^\s+$/.test(text.slice(tokens[segment.first - 1]?.after ?? 0, first.start));
  if (segment.afterTitle || inverted || VERB_AFTER.test(after) || (named && titledAfter(after))) return [person(words)];
  if (MEDIA_NOUNS.has(before)) return [at(first, last, 'organization', orgKey(whole))];
  if (named && words.length >= 2 && words.length <= 4 && !segment.afterArticle) return [person(words)];
  if (words.length === 1) return single(first, segment.initial);
  return [{ ...at(first, last, 'other', whole.toLowerCase()), weak: segment.initial }];
}

/** True when a title follows after a comma: `Pavel Dronov, the deputy head of …`. */
function titledAfter(after: string): boolean {
  const words = APPOSITION.exec(after)?.[1]?.split(/\s+/).slice(0, 5) ?? [];
  return words.some((word) => TITLE_NOUNS.has(word.toLowerCase()));
}

function single(word: Token, weak: boolean): Candidate[] {
  const known = lookup(word.text);
  if (known) return [at(word, word, known.type, known.key)];
  if (isAcronym(word)) return [at(word, word, 'organization', word.text.toLowerCase())];
  if (isEvent(word)) return [at(word, word, 'other', word.text.toLowerCase())];
  const parts = word.text.split('-');
  if (parts.length > 1 && parts.every((part) => lookup(part))) {
    let offset = word.start;
    return parts.map((part) => {
      const found = at({ ...word, start: offset, end: offset + part.length }, { ...word, end: offset + part.length }, 'place', lookup(part)?.key ?? '');
      offset += part.length + 1;
      return found;
    });
  }
  return [{ ...at(word, word, 'other', word.text.toLowerCase()), weak }];
}

function person(words: readonly Token[]): Candidate {
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  return at(first, last, 'person', last.text.toLowerCase());
}

function at(first: Token, last: Token, type: EntityType, key: string): Candidate {
  return { start: first.start, end: last.end, type, key, weak: false };
}

function orgKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
