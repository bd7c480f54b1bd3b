/**
 * Quotations introduced without a speech verb: after a naming verb (`She called it “a first
 * step”`) or after a colon that ends a clause about the speaker (`Rui Tavena put it plainly: “…”`,
 * `The judge’s best line: “…”`).
 */
import { NAMING_PARTICLES, NAMING_VERBS, PASSIVE_MARKERS, PRONOUN_OPENS, SPEAKER_PRONOUNS, SPEECH_ADVERBS } from '../../lexicon/speech.js';
import type { Mention } from '../../model.js';
import type { Token } from '../entities/tokens.js';
import type { Attribution } from './attribution.js';
import { titleEnd, titleStart } from './title-phrase.js';
import { possessiveTitle, titleEndingAt } from './title-speaker.js';

/** Turns a person mention into a named attribution (null for none). */
export type Named = (mention: Mention | undefined) => Attribution | null;

// `called for`, `called on` ask for something; they name nothing.
const NAMING = new RegExp(`(?<![\\p{L}-])(?:${NAMING_VERBS.join('|')})(?!\\s+(?:${NAMING_PARTICLES.join('|')})\\b)\\s+(?:[\\p{L}’'-]+\\s+){0,5}$`, 'iu');
const LAST_WORD = /([\p{L}’'-]+)\s*$/u;
const PRONOUNS = [...SPEAKER_PRONOUNS].join('|');
const PRONOUN_SUBJECT = new RegExp(`(?:^|[,;:]\\s*|\\band\\s+)(?:${PRONOUNS})\\s+(?:(?:${[...SPEECH_ADVERBS].join('|')})\\s+)*$`, 'iu');
const COLON = /:\s*$/u;
const THE = /^\s*the\s+/iu;
const VERB_NEXT = /^\s+\p{Ll}/u;
// What may stand before the clause's subject: a time or label and its colon (`9am:`), then an
// adverbial set off by a comma (`Following the result,`, `In a statement,`).
const LEAD_IN = /^(?:[^:]{0,30}:\s*)?(?:[^,:]{1,60},\s*)?/u;
// A longer clause before a colon is about something else than who speaks.
const MAX_CLAUSE_WORDS = 15;

/** The speaker of a quote that a naming verb or a colon introduces, from `from` up to `quoteStart`. */
export function introduced(text: string, tokens: readonly Token[], from: number, quoteStart: number, persons: readonly Mention[], named: Named): Attribution | null {
  const head = text.slice(from, quoteStart);
  const naming = NAMING.exec(head);
  if (naming) return namingSubject(text, tokens, from, from + naming.index, persons, named);
  if (!COLON.test(head)) return null;
  const colon = from + head.lastIndexOf(':');
  return colonSubject(text, tokens, from, colon, persons, named);
}

/** `Ilse Varga called it “…”`, `He called the summit a “…”`; never the passive `was called “…”`. */
function namingSubject(text: string, tokens: readonly Token[], from: number, verbStart: number, persons: readonly Mention[], named: Named): Attribution | null {
  const before = text.slice(from, verbStart);
  if (PASSIVE_MARKERS.has(LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? '')) return null;
  const subject = named(persons.filter((p) => p.start >= from && p.end <= verbStart).pop());
  if (subject) return subject;
  if (PRONOUN_SUBJECT.test(before)) return { kind: 'pronoun' };
  const title = titleEndingAt(text, tokens, from, verbStart);
  return title ? { kind: 'title', title } : null;
}

/**
 * The subject that opens the clause before a colon: a person (after a title), `he`/`she`, or
 * `the <title>`; after a lead-in (`Following the result, Ann Lee urged calm:`, `9am: Lee said:`).
 */
function colonSubject(text: string, tokens: readonly Token[], from: number, colon: number, persons: readonly Mention[], named: Named): Attribution | null {
  const lead = LEAD_IN.exec(text.slice(from, colon))?.[0].length ?? 0;
  const start = from + lead;
  const clause = text.slice(start, colon);
  if (!/\p{L}/u.test(clause) || clause.trim().split(/\s+/).length > MAX_CLAUSE_WORDS) return null;
  const first = persons.find((p) => p.start >= from && p.end <= colon);
  if (first) {
    const titled = titleStart(text, tokens, first.start) ?? first.start;
    const before = (edge: number) => /^[\s“"]*$/.test(text.slice(edge, Math.min(titled, first.start)));
    if (before(from) || (first.start >= start && before(start))) return named(first);
  }
  if (PRONOUN_OPENS.test(clause)) return { kind: 'pronoun' };
  const owner = possessiveTitle(clause);
  if (owner) return { kind: 'title', title: owner };
  const opener = THE.exec(clause);
  const end = opener ? titleEnd(text, tokens, start + opener[0].length) : null;
  if (opener && end !== null && end < colon && VERB_NEXT.test(text.slice(end))) return { kind: 'title', title: text.slice(start + opener[0].length, end) };
  return null;
}
