/** Typing a segment of capitalized words by its cues: titles, speech verbs, cue words, gazetteer. */
import { ALIASES, CITIES, COUNTRIES, DEMONYMS, EVENT_CUES, MEDIA_NOUNS, ORGANIZATION_CUES, PLACE_CUES } from '../../lexicon/gazetteer.js';
import { INVERTING_VERBS, SPEECH_ADVERBS, SPEECH_VERBS } from '../../lexicon/speech.js';
import { OCCUPATION_NOUNS, TITLE_NOUNS } from '../../lexicon/titles.js';
import type { EntityType } from '../../model.js';
import type { Segment } from './segments.js';
import { inTitle } from './title-words.js';
import { isAcronym, isEvent, type Token } from './tokens.js';

/** A typed name found in a sentence; `weak` ones survive only if the source names them elsewhere. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  weak: boolean;
}

// `McGuirk`, `O’Connor`: a surname prefix before a second capital.
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}$/u;
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
    const named = rest[0] !== undefined && /^\s+$/.test(text.slice(cueWord.after, rest[0].start)) && rest.length <= 3 && isNameWords(rest);
    const end = named || !rest.length ? cueWord : last;
    const org = at(first, end, 'organization', orgKey(text.slice(first.start, end.end)));
    return named ? [org, person(rest)] : [org];
  }
  if (segment.afterTitleOf && words.length >= 2) {
    const split = words.length - Math.min(2, words.length - 1);
    const name = words.slice(split);
    // `Chief Executive of Northline Rail Tomas Hradek`: the words between `of` and the name are the body served.
    const body = classify(text, tokens, { ...segment, tokens: words.slice(0, split), afterTitleOf: false }, false).map((found) =>
      found.type === 'person' ? { ...found, type: 'organization' as const, key: orgKey(text.slice(found.start, found.end)) } : found,
    );
    if (isNameWords(name)) return [...body, person(name)];
  }
  const place = lastIndexWhere(lowers, (word) => PLACE_CUES.has(word));
  const placeWord = words[place];
  const resident = words.slice(place + 1);
  // `the Governor of the Valdros Region Alenka Moravec`: a name right after a place's cue word.
  if (placeWord && place > 0 && resident.length >= 2 && resident.length <= 3 && isNameWords(resident)) {
    return [at(first, placeWord, 'place', text.slice(first.start, placeWord.end).toLowerCase()), person(resident)];
  }
  const tail = lowers[lowers.length - 1] ?? '';
  if (words.length > 1 && PLACE_CUES.has(tail)) return [at(first, last, 'place', whole.toLowerCase())];
  if (words.length > 1 && EVENT_CUES.has(tail)) return [at(first, last, 'other', whole.toLowerCase())];
  // `Green Agrarian leader Teodor Halas`: a name before a title is the body the title serves.
  if (words.length > 1 && segment.beforeTitle) return [at(first, last, 'organization', orgKey(whole))];
  const lead = words.findIndex((word) => !lookup(word.text) && !isAcronym(word));
  if (lead > 0) return [...words.slice(0, lead).flatMap((word) => single(word, false)), ...classify(text, tokens, { ...segment, tokens: words.slice(lead), initial: false, afterTitle: false, afterTitleOf: false }, false)];
  if (lead < 0) return words.flatMap((word) => single(word, false));
  const after = text.slice(last.after);
  const before = tokens[segment.first - 1]?.text.toLowerCase() ?? '';
  const named = isNameWords(words);
  // `said Ann Lee`, but not `said Quebec Health Minister …` or `said European Commissioner …`: a title after it.
  const next = tokens[segment.first + words.length];
  const titleNext = next !== undefined && inTitle(text, tokens, segment.first + words.length) && /^\s+$/.test(text.slice(last.after, next.start));
  const inverted = INVERTING_VERBS.has(before) && !titleNext && /^\s+$/.test(text.slice(tokens[segment.first - 1]?.after ?? 0, first.start));
  // `the Joint Statement says`, `Residents told`: a speech verb makes no person of a document, a body or a group.
  const speaks = !segment.afterArticle && !(words.length === 1 && isGroup(lowers[0] ?? '')) && VERB_AFTER.test(after);
  if (segment.afterTitle || inverted || speaks || (named && titledAfter(after))) return [person(words)];
  // `the news agency Reuters`, but not `the Disaster Agency, Ada Brook,`: a comma makes an apposition.
  if (MEDIA_NOUNS.has(before) && /^\s+$/.test(text.slice(tokens[segment.first - 1]?.after ?? 0, first.start))) return [at(first, last, 'organization', orgKey(whole))];
  if (named && words.length >= 2 && words.length <= 4 && !segment.afterArticle) return [person(words)];
  if (words.length === 1) return single(first, segment.initial);
  return [{ ...at(first, last, 'other', whole.toLowerCase()), weak: segment.initial }];
}

/** True for words that may be a person's name: capitalized words, and initials (`Robert L. Sumwalt`) inside it. */
function isNameWords(words: readonly Token[]): boolean {
  return words.every((word, k) => NAME_WORD.test(word.text) || (INITIAL.test(word.text) && k > 0 && k < words.length - 1));
}

/** True for the plural of a title or occupation (`residents`, `officers`): a group, not a name. */
function isGroup(word: string): boolean {
  const role = (noun: string) => TITLE_NOUNS.has(noun) || OCCUPATION_NOUNS.has(noun);
  return word.endsWith('s') && (role(word.slice(0, -1)) || (word.endsWith('es') && role(word.slice(0, -2))));
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
