/**
 * The speaker refiner: a quote attributed to a title (`the Minister stated`) gets the one person
 * the article's roles give that title, else the speaker reported just before; a quote attributed to `he`/`she` gets the last named
 * speaker: a subject named in the sentence before (or in the quote's own paragraph) after the
 * last quote, else the last quote's speaker, else the last subject. An unattributed quote
 * paragraph continues the quote of the paragraph before it.
 */
import type { AnyClaim, Claim, Sentence } from '../../model.js';
import type { Context, Refiner } from '../types.js';
import { attribute, type Attribution, reportsSpeech } from './attribution.js';
import { findQuotes } from './marks.js';
import { firstFrom } from './names.js';
import { lastSubject } from './subject.js';
import { resolveTitle } from './title-speaker.js';

// Between two quote paragraphs, short paragraphs that end unlike a sentence, without quotation
// marks, are captions and credits (`Lee leaves the court`, `Picture: PA`).
const CAPTION_WORDS = 25;
const CAPTIONS = 2;
const SENTENCE_END = /[.!?…]["”’)]*\s*$/u;

/** Fill in the speakers of quotes attributed by title, by pronoun or by continuation. */
export const resolveSpeakers: Refiner = (claims, context) => {
  const roles = claims.filter((claim): claim is Claim<'role'> => claim.kind === 'role');
  let lastSpeaker: { name: string; paragraph: number; start: number } | null = null;
  let previous: { paragraph: number; speaker: string | null } | null = null;
  const resolved = claims.map((claim) => {
    if (claim.kind !== 'quote') return claim;
    let speaker = claim.value.speaker;
    if (speaker === null) {
      const how = attributionFor(claim, context);
      const { paragraph } = claim.sentence;
      if (how?.kind === 'title') speaker = resolveTitle(how.title, roles) ?? reportedJustBefore(claim, context, roles);
      else if (how?.kind === 'pronoun') {
        const subject = lastSubject(claim.start, context, roles);
        const sinceSpeaker = subject !== null && (lastSpeaker === null || subject.start > lastSpeaker.start);
        // `Crane driver X put it simply. “…,” he said.`: a person just named outranks an older speaker.
        const fresh = subject && ((subject.paragraph === paragraph && lastSpeaker?.paragraph !== paragraph) || (subject.adjacent && sinceSpeaker));
        speaker = fresh ? subject.name : (lastSpeaker?.name ?? subject?.name ?? null);
      } else if (how?.kind === 'none' && claim.start === claim.sentence.start) {
        // An unattributed quote that opens its sentence continues the quote before it (across a
        // caption between its paragraphs), else is the words of the person the sentence before reports.
        speaker = previous && continues(previous.paragraph, claim, context) ? previous.speaker : reporter(claim, context, roles);
      }
    }
    previous = { paragraph: claim.sentence.paragraph, speaker };
    if (speaker) lastSpeaker = { name: speaker, paragraph: claim.sentence.paragraph, start: claim.start };
    return speaker === claim.value.speaker ? claim : { ...claim, value: { ...claim.value, speaker } };
  });
  return backFill(resolved, context);
};

/**
 * A quote left open at the end of its paragraph with nobody named runs on into the next one:
 * it is the words of whoever that paragraph's opening quote is given to (`Lee was in a café
 * when “the tables shook.` ¶ `“I ran outside,” she said.`).
 */
function backFill(claims: AnyClaim[], context: Context): AnyClaim[] {
  let next: Claim<'quote'> | null = null;
  const filled = [...claims];
  for (let i = filled.length - 1; i >= 0; i--) {
    const claim = filled[i] as AnyClaim;
    if (claim.kind !== 'quote') continue;
    const speaker = next?.value.speaker ?? null;
    if (claim.value.speaker === null && speaker !== null && next !== null && runsInto(claim, next, context)) {
      filled[i] = { ...claim, value: { ...claim.value, speaker } };
    }
    next = filled[i] as Claim<'quote'>;
  }
  return filled;
}

/** True when `claim` is a quote left open at its paragraph's end and `next` opens the paragraph after. */
function runsInto(claim: Claim<'quote'>, next: Claim<'quote'>, context: Context): boolean {
  const { sentence } = claim;
  const open = findQuotes(sentence.text).find((q) => q.start === claim.start - sentence.start)?.closed === false;
  const after = context.sentences[sentence.index + 1];
  const lastInParagraph = after === undefined || after.paragraph !== sentence.paragraph;
  return open && lastInParagraph && next.start === next.sentence.start && next.sentence.paragraph === sentence.paragraph + 1;
}

function attributionFor(claim: Claim<'quote'>, context: Context): Attribution | null {
  const { sentence } = claim;
  const quotes = findQuotes(sentence.text);
  const quote = quotes.find((q) => q.start === claim.start - sentence.start);
  return quote ? attribute(sentence, quote, quotes, context) : null;
}

/**
 * The person a title stands for when no role claim gives it: the speaker the quote's sentence or
 * the one before reports (`Ann Lee said costs rose. “…,” the chancellor added.`).
 */
function reportedJustBefore(claim: Claim<'quote'>, context: Context, roles: readonly Claim<'role'>[]): string | null {
  const subject = lastSubject(claim.start, context, roles);
  if (!subject?.adjacent) return null;
  const { sentences } = context;
  const named = sentences[firstFrom(sentences, subject.start + 1) - 1];
  return named && reportsSpeech(named.text.slice(subject.start - named.start)) ? subject.name : null;
}

/**
 * True when `claim`, a quote, may continue the quote of paragraph `from`: it is in the next
 * paragraph, or the paragraphs between are all captions. Reads back from the quote's sentence.
 */
function continues(from: number, claim: Claim<'quote'>, context: Context): boolean {
  const to = claim.sentence.paragraph;
  if (to - from <= 1) return true;
  if (to - from > CAPTIONS + 1) return false;
  const { sentences } = context;
  let words = 0;
  let paragraph = to;
  let captions = 0;
  for (let i = firstFrom(sentences, claim.sentence.start) - 1; i >= 0; i--) {
    const sentence = sentences[i] as Sentence;
    if (sentence.paragraph <= from) break;
    if (sentence.paragraph !== paragraph) {
      // Read backwards, a paragraph's first sentence met is its last: a caption ends unlike a sentence.
      if (SENTENCE_END.test(sentence.text)) return false;
      paragraph = sentence.paragraph;
      captions++;
    }
    words += sentence.text.split(/\s+/).length;
    if (words > CAPTION_WORDS || findQuotes(sentence.text).length) return false;
  }
  return captions === to - from - 1;
}

/**
 * The person whose speech the sentence right before a quote reports (`Lee told reporters he was
 * proud. “…”`), in the same paragraph or closing the one before; null when that sentence quotes.
 */
function reporter(claim: Claim<'quote'>, context: Context, roles: readonly Claim<'role'>[]): string | null {
  const { sentences } = context;
  const before = sentences[firstFrom(sentences, claim.sentence.start) - 1];
  if (!before || claim.sentence.paragraph - before.paragraph > 1 || !reportsSpeech(before.text) || findQuotes(before.text).length) return null;
  const subject = lastSubject(claim.start, context, roles);
  return subject && subject.start >= before.start && subject.start < before.end ? subject.name : null;
}
