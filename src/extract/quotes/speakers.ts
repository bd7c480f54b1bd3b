/**
 * The speaker refiner: a quote attributed to a title (`the Minister stated`) gets the one person
 * the article's roles give that title; a quote attributed to `he`/`she` gets the last named
 * speaker: a subject named in the sentence before (or in the quote's own paragraph) after the
 * last quote, else the last quote's speaker, else the last subject. An unattributed quote
 * paragraph continues the quote of the paragraph before it.
 */
import type { Claim } from '../../model.js';
import type { Context, Refiner } from '../types.js';
import { attribute, type Attribution } from './attribution.js';
import { findQuotes } from './marks.js';
import { lastSubject } from './subject.js';
import { resolveTitle } from './title-speaker.js';

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
      } else if (how?.kind === 'none' && claim.start === claim.sentence.start && previous && paragraph - previous.paragraph <= 1) {
        // An unattributed quote that opens its paragraph continues the quote before it.
        speaker = previous.speaker;
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
