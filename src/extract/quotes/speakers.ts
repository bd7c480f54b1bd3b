/**
 * The speaker refiner: a quote attributed to `he`/`she` gets the last named speaker (the last
 * quote's speaker, else the last person the text made a subject), and an unattributed quote
 * paragraph continues the quote of the paragraph before it.
 */
import type { Claim, Mention } from '../../model.js';
import type { Context, Refiner } from '../types.js';
import { attribute } from './attribution.js';
import { findQuotes } from './marks.js';
import { firstFrom, fullName } from './names.js';

/** Fill in the speakers of quotes attributed by pronoun or by continuation. */
export const resolveSpeakers: Refiner = (claims, context) => {
  let lastSpeaker: string | null = null;
  let previous: { paragraph: number; speaker: string | null } | null = null;
  return claims.map((claim) => {
    if (claim.kind !== 'quote') return claim;
    let speaker = claim.value.speaker;
    if (speaker === null) {
      const how = attributionOf(claim, context);
      const { paragraph } = claim.sentence;
      if (how === 'pronoun') speaker = lastSpeaker ?? lastSubject(claim.start, context);
      else if (how === 'continued' && previous && paragraph - previous.paragraph <= 1) speaker = previous.speaker;
    }
    previous = { paragraph: claim.sentence.paragraph, speaker };
    if (speaker) lastSpeaker = speaker;
    return speaker === claim.value.speaker ? claim : { ...claim, value: { ...claim.value, speaker } };
  });
};

function attributionOf(claim: Claim<'quote'>, context: Context): 'pronoun' | 'continued' | null {
  const { sentence } = claim;
  const quotes = findQuotes(sentence.text);
  const quote = quotes.find((q) => q.start === claim.start - sentence.start);
  if (!quote) return null;
  const how = attribute(sentence, quote, quotes, context).kind;
  if (how === 'pronoun') return 'pronoun';
  return how === 'none' && quote.start === 0 ? 'continued' : null;
}

/** The first person named in the last sentence before `offset` that names one: its likely subject. */
function lastSubject(offset: number, context: Context): string | null {
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
  return fullName(subject, mentions);
}
