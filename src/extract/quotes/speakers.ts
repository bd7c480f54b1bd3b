/**
 * The speaker refiner: a quote attributed to a title (`the Minister stated`) gets the one person
 * the article's roles give that title; a quote attributed to `he`/`she` gets the last named
 * speaker: a subject named in the sentence before (or in the quote's own paragraph) after the
 * last quote, else the last quote's speaker, else the last subject. An unattributed quote
 * paragraph continues the quote of the paragraph before it.
 */
import type { Claim } from '../../model.js';
import type { Context, Refiner } from '../types.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { attribute, type Attribution } from './attribution.js';
import { findQuotes } from './marks.js';
import { firstFrom } from './names.js';
import { lastSubject } from './subject.js';
import { resolveTitle } from './title-speaker.js';

// Between two quote paragraphs, short paragraphs that end unlike a sentence, without quotation
// marks, are captions and credits (`Lee leaves the court`, `Picture: PA`).
const CAPTION_WORDS = 25;
const CAPTIONS = 2;
const SENTENCE_END = /[.!?…]["”’)]*\s*$/u;
const REPORTS = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');

/** Fill in the speakers of quotes attributed by title, by pronoun or by continuation. */
export const resolveSpeakers: Refiner = (claims, context) => {
  const roles = claims.filter((claim): claim is Claim<'role'> => claim.kind === 'role');
  let lastSpeaker: { name: string; paragraph: number; start: number } | null = null;
  let previous: { paragraph: number; speaker: string | null } | null = null;
  return claims.map((claim) => {
    if (claim.kind !== 'quote') return claim;
    let speaker = claim.value.speaker;
    if (speaker === null) {
      const how = attributionFor(claim, context);
      const { paragraph } = claim.sentence;
      if (how?.kind === 'title') speaker = resolveTitle(how.title, roles);
      else if (how?.kind === 'pronoun') {
        const subject = lastSubject(claim.start, context, roles);
        const sinceSpeaker = subject !== null && (lastSpeaker === null || subject.start > lastSpeaker.start);
        // `Crane driver X put it simply. “…,” he said.`: a person just named outranks an older speaker.
        const fresh = subject && ((subject.paragraph === paragraph && lastSpeaker?.paragraph !== paragraph) || (subject.adjacent && sinceSpeaker));
        speaker = fresh ? subject.name : (lastSpeaker?.name ?? subject?.name ?? null);
      } else if (how?.kind === 'none' && claim.start === claim.sentence.start) {
        // An unattributed quote that opens its sentence continues the quote before it (across a
        // caption between its paragraphs), else is the words of the person the sentence before reports.
        speaker = previous && continues(previous.paragraph, paragraph, context) ? previous.speaker : reporter(claim, context, roles);
      }
    }
    previous = { paragraph: claim.sentence.paragraph, speaker };
    if (speaker) lastSpeaker = { name: speaker, paragraph: claim.sentence.paragraph, start: claim.start };
    return speaker === claim.value.speaker ? claim : { ...claim, value: { ...claim.value, speaker } };
  });
};

function attributionFor(claim: Claim<'quote'>, context: Context): Attribution | null {
  const { sentence } = claim;
  const quotes = findQuotes(sentence.text);
  const quote = quotes.find((q) => q.start === claim.start - sentence.start);
  return quote ? attribute(sentence, quote, quotes, context) : null;
}

/** True when a quote in paragraph `to` may continue the quote of paragraph `from`: the next one, or the next after captions. */
function continues(from: number, to: number, context: Context): boolean {
  if (to - from <= 1) return true;
  if (to - from > CAPTIONS + 1) return false;
  const between = context.sentences.filter((sentence) => sentence.paragraph > from && sentence.paragraph < to);
  const words = between.reduce((sum, sentence) => sum + sentence.text.split(/\s+/).length, 0);
  const last = (paragraph: number) => between.filter((sentence) => sentence.paragraph === paragraph).pop();
  const captions = Array.from({ length: to - from - 1 }, (_, k) => last(from + 1 + k));
  return words <= CAPTION_WORDS && captions.every((sentence) => sentence !== undefined && !SENTENCE_END.test(sentence.text)) && between.every((sentence) => findQuotes(sentence.text).length === 0);
}

/**
 * The person whose speech the sentence right before a quote reports (`Lee told reporters he was
 * proud. “…”`), in the same paragraph or closing the one before; null when that sentence quotes.
 */
function reporter(claim: Claim<'quote'>, context: Context, roles: readonly Claim<'role'>[]): string | null {
  const { sentences } = context;
  const before = sentences[firstFrom(sentences, claim.sentence.start) - 1];
  if (!before || claim.sentence.paragraph - before.paragraph > 1 || !REPORTS.test(before.text) || findQuotes(before.text).length) return null;
  const subject = lastSubject(claim.start, context, roles);
  return subject && subject.start >= before.start && subject.start < before.end ? subject.name : null;
}
