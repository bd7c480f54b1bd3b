/**
 * Who a quotation is attributed to within its sentence: a named speaker, a pronoun (resolved
 * later by the `resolveSpeakers` refiner), a speech verb with nobody named, or nothing.
 */
import { SPEAKER_FOLLOWS, SPEAKER_PRONOUNS, SPEECH_ADVERBS, SPEECH_VERBS } from '../../lexicon/speech.js';
import type { Mention, Sentence } from '../../model.js';
import type { Context } from '../types.js';
import type { QuoteSpan } from './marks.js';
import { fullName, personsIn } from './names.js';

/** How a quotation is attributed. */
export type Attribution = { kind: 'named'; speaker: string } | { kind: 'pronoun' } | { kind: 'verb' } | { kind: 'none' };

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');
const PRONOUN_BEFORE = new RegExp(`\\b(${[...SPEAKER_PRONOUNS].join('|')})\\s+(?:(?:${[...SPEECH_ADVERBS].join('|')})\\s+)*$`, 'i');
const PRONOUN = new RegExp(`\\b(?:${[...SPEAKER_PRONOUNS].join('|')})\\b`, 'i');
const HEADLINE_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u;
const NONE: Attribution = { kind: 'none' };
const VERB_ONLY: Attribution = { kind: 'verb' };

/** Attribute `quote` (one of `quotes`, the quotations of `sentence`) to a speaker. */
export function attribute(sentence: Sentence, quote: QuoteSpan, quotes: readonly QuoteSpan[], context: Context): Attribution {
  const { text } = sentence;
  const index = quotes.indexOf(quote);
  const from = quotes[index - 1]?.end ?? 0;
  const to = quotes[index + 1]?.start ?? text.length;
  const persons = personsIn(context.mentions, sentence.start, sentence.end).map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  const named = (mention: Mention | undefined): Attribution | null => (mention ? { kind: 'named', speaker: fullName(mention, context.mentions) } : null);
  if (sentence.heading) {
    const headline = headlineSpeaker(text, quotes, persons, named);
    if (headline) return headline;
  }
  const after = quote.closed ? afterQuote(text, quote, to, persons, named) : null;
  if (after && after.kind !== 'verb') return after;
  const before = beforeQuote(text, from, quote.start, persons, named);
  return before.kind !== 'none' ? before : (after ?? NONE);
}

type Named = (mention: Mention | undefined) => Attribution | null;

/** `“…,” NATO spokeswoman Oana Lungescu said`, `“…,” he added`, `“…,” said Ivan Petrov`. */
function afterQuote(text: string, quote: QuoteSpan, to: number, persons: Mention[], named: Named): Attribution | null {
  const tail = text.slice(quote.end, to);
  VERB.lastIndex = 0;
  const verb = VERB.exec(tail);
  if (!verb) return null;
  const between = tail.slice(0, verb.index);
  // Only a quote that ends on punctuation hands over to an attribution (`“…,” she said`, not `“…” and she said`).
  const ready = /[,.?!…–—-]\s*$/.test(text.slice(quote.inner.start, quote.inner.end)) || /^\s*,/.test(between);
  if (!ready || /[.;:!?“”"]/.test(between) || between.split(/\s+/).length > 8) return null;
  const verbStart = quote.end + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (!SPEAKER_FOLLOWS.has(verb[0].toLowerCase())) {
    const subject = named(persons.filter((p) => p.start >= quote.end && p.end <= verbStart).pop());
    if (subject) return subject;
    if (PRONOUN.test(between)) return { kind: 'pronoun' };
    if (/\p{L}/u.test(between)) return VERB_ONLY;
  }
  return speakerAfter(text, verbEnd, to, persons, named) ?? VERB_ONLY;
}

/** `Ivan Petrov remarked, “…”`, `she said: “…”`, `Petrov declined, saying … “at a low rate.”` */
function beforeQuote(text: string, from: number, to: number, persons: Mention[], named: Named): Attribution {
  const head = text.slice(from, to);
  let verb: RegExpExecArray | null = null;
  VERB.lastIndex = 0;
  for (let match = VERB.exec(head); match; match = VERB.exec(head)) verb = match;
  if (!verb) return NONE;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (!SPEAKER_FOLLOWS.has(verb[0].toLowerCase())) {
    const subject = named(persons.filter((p) => p.start >= from && p.end <= verbStart).pop());
    if (subject) return subject;
    const pronoun = PRONOUN_BEFORE.exec(text.slice(from, verbStart));
    if (pronoun) return { kind: 'pronoun' };
  }
  return speakerAfter(text, verbEnd, to, persons, named) ?? VERB_ONLY;
}

/** A person named right after the verb: `said Ivan Petrov`, `according to Ivan Petrov`. */
function speakerAfter(text: string, from: number, to: number, persons: Mention[], named: Named): Attribution | null {
  const person = persons.find((p) => p.start >= from && p.start < to);
  if (!person) return null;
  const gap = text.slice(from, person.start);
  return /[.;:!?“”"]/.test(gap) || gap.split(/\s+/).length > 6 ? null : named(person);
}

/** `Russia to send arms, ‘maybe even tanks’, to Belarus: Petrov` and `Petrov: “…”`. */
function headlineSpeaker(text: string, quotes: readonly QuoteSpan[], persons: Mention[], named: Named): Attribution | null {
  const last = quotes[quotes.length - 1];
  const first = quotes[0];
  if (!last || !first) return null;
  const suffix = /:\s*([^:]+?)\s*$/d.exec(text.slice(last.end));
  const prefix = /^\s*([^:]+?)\s*:\s*$/d.exec(text.slice(0, first.start));
  const span = suffix?.indices?.[1]?.map((offset) => offset + last.end) ?? prefix?.indices?.[1];
  const found = span && span[0] !== undefined && span[1] !== undefined ? { name: text.slice(span[0], span[1]), at: span[0] } : null;
  if (!found || !HEADLINE_NAME.test(found.name)) return null;
  const person = persons.find((p) => p.start >= found.at && p.end <= found.at + found.name.length);
  return named(person) ?? { kind: 'named', speaker: found.name };
}
