/**
 * The subject a `he`/`she` quote most likely refers to: the first person named in the nearest
 * sentence that names one (never inside a quotation), a sentence opening with `the <title>` whose
 * holder the article names, or a sentence opening with a lone surname (`Brask was gracious.`).
 */
import { CALENDAR_WORDS, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { PRONOUN_OPENS, SUBJECT_VERBS } from '../../lexicon/speech.js';
import type { Claim, Mention, Sentence } from '../../model.js';
import { lookup } from '../entities/classify.js';
import { tokenize } from '../entities/tokens.js';
import type { Context } from '../types.js';
import { findQuotes } from './marks.js';
import { firstFrom, personsIn } from './names.js';
import { titleEnd } from './title-phrase.js';
import { resolveTitle } from './title-speaker.js';

/** A likely subject: its name, where it was named, and whether that is the quote's sentence or the one before. */
export interface Subject {
  name: string;
  paragraph: number;
  /** Offset in the source where the subject is named. */
  start: number;
  adjacent: boolean;
}

const THE = /^\s*the\s+/iu;
const VERB_NEXT = /^\s+\p{Ll}/u;
const LONE_NAME = new RegExp(`^(\\p{Lu}\\p{Ll}+)\\s+(?:${SUBJECT_VERBS.join('|')})\\b`, 'u');
// Sentences searched back for a subject before the older, mention-only search.
const LOOKBACK = 6;

/** The likely subject of a pronoun at source offset `offset`, or null. */
export function lastSubject(offset: number, context: Context, roles: readonly Claim<'role'>[]): Subject | null {
  const { sentences } = context;
  const here = firstFrom(sentences, offset + 1) - 1;
  // Sentences that open with `he`/`she` carry the subject on (`Lee flew in. He was shaken. “…,” he said.`).
  let carried = true;
  for (let i = here; i >= 0 && here - i < LOOKBACK; i--) {
    const sentence = sentences[i] as Sentence;
    const found = subjectOf(sentence, i === here ? offset : sentence.end, context, roles);
    if (found) return { ...found, paragraph: sentence.paragraph, adjacent: here - i <= 1 || carried };
    if (i < here) carried &&= PRONOUN_OPENS.test(sentence.text);
  }
  const older = sentences[Math.max(0, here - LOOKBACK + 1)];
  return older ? olderSubject(older.start, context) : null;
}

function subjectOf(sentence: Sentence, end: number, context: Context, roles: readonly Claim<'role'>[]): { name: string; start: number } | null {
  const quotes = findQuotes(sentence.text);
  // A name in a quotation is talked about; a name in brackets is a credit or an aside (`(Getty Images)`).
  const outside = (m: Mention) => !quotes.some((q) => q.start <= m.start - sentence.start && m.start - sentence.start < q.end) && !inBrackets(sentence.text, m.start - sentence.start);
  const person = personsIn(context.mentions, sentence.start, end).find(outside);
  if (person) return { name: context.fullName(person), start: person.start };
  const text = sentence.text.slice(0, end - sentence.start);
  const opener = THE.exec(text);
  if (opener) {
    const tokens = tokenize(text);
    const titleEnds = titleEnd(text, tokens, opener[0].length);
    const holder = titleEnds !== null && VERB_NEXT.test(text.slice(titleEnds)) ? resolveTitle(text.slice(opener[0].length, titleEnds), roles) : null;
    return holder ? { name: holder, start: sentence.start } : null;
  }
  const lone = LONE_NAME.exec(text)?.[1];
  const lower = lone?.toLowerCase() ?? '';
  if (!lone || SENTENCE_STARTERS.has(lower) || CALENDAR_WORDS.has(lower) || lookup(lone)) return null;
  // A capitalized word the chunker typed as a place or organisation is no person.
  const typed = context.mentions[firstFrom(context.mentions, sentence.start)];
  return typed && typed.start === sentence.start && typed.type !== 'person' ? null : { name: lone, start: sentence.start };
}

/** The first person named in the last sentence before `offset` that names one, outside the lookback. */
function olderSubject(offset: number, context: Context): Subject | null {
  const { mentions, sentences } = context;
  let i = firstFrom(mentions, offset) - 1;
  while (i >= 0 && mentions[i]?.type !== 'person') i--;
  const last = mentions[i];
  if (!last) return null;
  const sentence = sentences[firstFrom(sentences, last.start + 1) - 1];
  let subject: Mention = last;
  for (let j = i - 1; j >= 0; j--) {
    const earlier = mentions[j] as Mention;
    if (sentence && earlier.start < sentence.start) break;
    if (earlier.type === 'person') subject = earlier;
  }
  return sentence ? { name: context.fullName(subject), paragraph: sentence.paragraph, start: subject.start, adjacent: false } : null;
}

/** True when `offset` lies inside round brackets opened before it in `text`. */
function inBrackets(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
