/**
 * Who a quotation is attributed to within its sentence: a named speaker, a pronoun (resolved
 * later by the `resolveSpeakers` refiner), a title such as `the Minister` (resolved later to the
 * person the article gives it), a speech verb with nobody named, or nothing.
 */
import { PRONOUN_OPENS, SPEAKER_FOLLOWS, SPEAKER_PRONOUNS, SPEECH_ADVERBS, SPEECH_VERBS } from '../../lexicon/speech.js';
import { ABBREVIATED_TITLES, HONORIFICS } from '../../lexicon/titles.js';
import type { Mention, Sentence } from '../../model.js';
import type { Token } from '../entities/tokens.js';
import type { Context } from '../types.js';
import { introduced, type Named } from './introduction.js';
import type { QuoteSpan } from './marks.js';
import { personsIn } from './names.js';
import { titleStart } from './title-phrase.js';
import { titleEndingAt, titleStartingAt } from './title-speaker.js';

/** How a quotation is attributed. */
export type Attribution = { kind: 'named'; speaker: string } | { kind: 'pronoun' } | { kind: 'title'; title: string } | { kind: 'verb' } | { kind: 'none' };

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');
const PRONOUN_BEFORE = new RegExp(`\\b(${[...SPEAKER_PRONOUNS].join('|')})\\s+(?:(?:${[...SPEECH_ADVERBS].join('|')})\\s+)*$`, 'i');
const PRONOUN = new RegExp(`\\b(?:${[...SPEAKER_PRONOUNS].join('|')})\\b`, 'i');
const HEADLINE_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u;
// A period after an initial or a short title (`J.`, `Lt.`, `Dr.`), or inside a word (`No.10`), ends no clause.
const SHORT_PERIOD = new RegExp(`(?<=\\b(?:\\p{Lu}|${[...ABBREVIATED_TITLES, ...HONORIFICS].map((t) => t[0]?.toUpperCase() + t.slice(1)).join('|')}))\\.|\\.(?=[\\p{L}\\p{N}])`, 'gu');
const CLAUSE_MARK = /[.;:!?“”"]/;
// `, Nepal's minister for information,` between a name and its verb (the second comma is often left out).
const APPOSITION = /^\s*,[^,]{1,120},?\s*$/u;
const SPEECH_ADVERBS_ONLY = new RegExp(`^\\s+(?:(?:${[...SPEECH_ADVERBS].join('|')})\\s+)*$`, 'iu');
// A speech verb whose subject is left out, coordinated with the clause before (`…, but added`).
const COORDINATED = /\b(?:but|and)\s+(?:(?:also|then|later)\s+)?$/iu;
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;
const NONE: Attribution = { kind: 'none' };
const VERB_ONLY: Attribution = { kind: 'verb' };

/** True when `text` holds a speech verb (`said`, `told`, `according to`). */
export function reportsSpeech(text: string): boolean {
  return text.search(VERB) >= 0;
}

/** Attribute `quote` (one of `quotes`, the quotations of `sentence`) to a speaker. */
export function attribute(sentence: Sentence, quote: QuoteSpan, quotes: readonly QuoteSpan[], context: Context): Attribution {
  const { text } = sentence;
  const index = quotes.indexOf(quote);
  const from = quotes[index - 1]?.end ?? 0;
  const to = quotes[index + 1]?.start ?? text.length;
  // A name inside a quotation is somebody the speaker talks about, never the speaker.
  const persons = personsIn(context.mentions, sentence.start, sentence.end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }))
    .filter((m) => !quotes.some((q) => q.start <= m.start && m.start < q.end));
  const named: Named = (mention) => (mention ? { kind: 'named', speaker: context.fullName(mention) } : null);
  if (sentence.heading) {
    const headline = headlineSpeaker(text, quotes, persons, named);
    if (headline) return headline;
  }
  const tokens = context.tokens(sentence);
  const after = quote.closed ? afterQuote(text, tokens, quote, to, persons, named) : null;
  if (after && after.kind !== 'verb') return after;
  const before = beforeQuote(text, tokens, from, quote.start, persons, named);
  if (before.kind !== 'none' && before.kind !== 'verb') return before;
  const intro = introduced(text, tokens, from, quote.start, persons, named);
  if (intro) return intro;
  return before.kind !== 'none' ? before : (after ?? NONE);
}

/** `“…,” NATO spokeswoman Oana Lungescu said`, `“…,” he added`, `“…,” the Minister stated`, `“…,” said Ivan Petrov`. */
function afterQuote(text: string, tokens: readonly Token[], quote: QuoteSpan, to: number, persons: Mention[], named: Named): Attribution | null {
  const tail = text.slice(quote.end, to);
  const verb = tail.matchAll(VERB).next().value;
  if (!verb) return null;
  const between = tail.slice(0, verb.index);
  // Only a quote that ends on punctuation hands over to an attribution (`“…,” she said`, not `“…” and she said`).
  const ready = /[,.?!…–—-]\s*$/.test(text.slice(quote.inner.start, quote.inner.end)) || /^\s*,/.test(between);
  const verbStart = quote.end + verb.index;
  if (!ready) return breaksClause(between) ? null : closingSpeaker(text, tokens, quote.end, verbStart, persons, named);
  if (breaksClause(between)) return null;
  const verbEnd = verbStart + verb[0].length;
  // `“…,” Ann Lee, the city's deputy mayor for housing, said`: a name and its apposition, however long.
  const first = persons.find((p) => p.start >= quote.end);
  if (first && first.end < verbStart && /^[\s,]*$/.test(text.slice(quote.end, first.start)) && APPOSITION.test(text.slice(first.end, verbStart))) return named(first);
  if (between.split(/\s+/).length > 8) return null;
  if (!SPEAKER_FOLLOWS.has(verb[0].toLowerCase())) {
    const subject = named(persons.filter((p) => p.start >= quote.end && p.end <= verbStart && !owns(text, p, verbStart)).pop());
    if (subject) return subject;
    if (PRONOUN.test(between)) return { kind: 'pronoun' };
    const title = titleEndingAt(text, tokens, quote.end, verbStart);
    if (title) return { kind: 'title', title };
    if (/\p{L}/u.test(between)) return VERB_ONLY;
  }
  return speakerAfter(text, tokens, verbEnd, to, persons, named, true) ?? VERB_ONLY;
}

/**
 * The speaker of a clause that closes the sentence after a quote in mid-clause (`The deal is “a
 * disgrace” for the town, Mayor Ann Lee said.`): the name set off by a comma, right before the verb.
 */
function closingSpeaker(text: string, tokens: readonly Token[], from: number, verbStart: number, persons: Mention[], named: Named): Attribution | null {
  const person = persons.filter((p) => p.start >= from && p.end <= verbStart).pop();
  if (!person || !SPEECH_ADVERBS_ONLY.test(text.slice(person.end, verbStart))) return null;
  const titled = titleStart(text, tokens, person.start) ?? person.start;
  return /,\s*$/u.test(text.slice(from, Math.min(titled, person.start))) ? named(person) : null;
}

/** `Ivan Petrov remarked, “…”`, `she said: “…”`, `The governor promised that “…”`, `Petrov declined, saying … “at a low rate.”` */
function beforeQuote(text: string, tokens: readonly Token[], from: number, to: number, persons: Mention[], named: Named): Attribution {
  const head = text.slice(from, to);
  const verb = [...head.matchAll(VERB)].pop();
  if (!verb) return NONE;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (!SPEAKER_FOLLOWS.has(verb[0].toLowerCase())) {
    const subject = named(persons.filter((p) => p.start >= from && p.end <= verbStart && !owns(text, p, verbStart)).pop());
    if (subject) return subject;
    const pronoun = PRONOUN_BEFORE.exec(text.slice(from, verbStart));
    if (pronoun) return { kind: 'pronoun' };
    const title = titleEndingAt(text, tokens, from, verbStart);
    if (title) return { kind: 'title', title };
    if (COORDINATED.test(text.slice(0, verbStart))) return sentenceSubject(text, verbStart, persons, named) ?? VERB_ONLY;
  }
  return speakerAfter(text, tokens, verbEnd, to, persons, named) ?? VERB_ONLY;
}

/** The subject a coordinated verb shares (`Ann Lee said …, but added “…”`): the sentence's first person or its opening `he`/`she`. */
function sentenceSubject(text: string, verbStart: number, persons: Mention[], named: Named): Attribution | null {
  const first = persons.find((p) => p.end <= verbStart && !POSSESSIVE.test(text.slice(p.end)));
  if (first) return named(first);
  return PRONOUN_OPENS.test(text) ? { kind: 'pronoun' } : null;
}

/**
 * A person named right after the verb (`said Ivan Petrov`, `said the Chief Executive of Northline
 * Rail Tomas Hradek`), else, with `titles`, a title (`“…,” stated the President.`): only after the
 * quote, since before it the title is the one spoken to (`residents told the mayor: “…”`).
 */
function speakerAfter(text: string, tokens: readonly Token[], from: number, to: number, persons: Mention[], named: Named, titles = false): Attribution | null {
  const person = persons.find((p) => p.start >= from && p.start < to);
  const gap = person ? text.slice(from, person.start) : '';
  // A title however long that runs from the verb to the name is the name's own (a role claim covers it).
  const titled = person ? (titleStart(text, tokens, person.start) ?? person.start) : from;
  const ownTitle = person !== undefined && titled < person.start && /^\s*(?:the\s+)?$/iu.test(text.slice(from, titled));
  // `said the Bishop of Lyme, Ann Lee`: a title set off by a comma may be longer.
  const near = gap.split(/\s+/).length <= (/,\s*$/.test(gap) ? 8 : 6);
  if (person && (ownTitle || (near && !breaksClause(gap)))) return named(person);
  const title = titles ? titleStartingAt(text, tokens, from) : null;
  return title ? { kind: 'title', title } : null;
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

/**
 * True when the name is a possessive that qualifies a noun before the verb (`Tim Cook, Apple’s
 * chief executive, said`): it speaks not. Right before the verb, `’s` is a slip of the pen.
 */
function owns(text: string, person: Mention, verbStart: number): boolean {
  const mark = /['’]s?$/u.test(person.text) ? '' : POSSESSIVE.exec(text.slice(person.end))?.[0];
  return mark !== undefined && /\p{L}/u.test(text.slice(person.end + mark.length, verbStart));
}

/** True when `text` holds a mark that ends a clause or opens a quote (not the period of `Lt.`). */
function breaksClause(text: string): boolean {
  return CLAUSE_MARK.test(text.replace(SHORT_PERIOD, ' '));
}
