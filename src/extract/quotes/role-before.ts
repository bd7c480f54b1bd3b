/** The role extractor for a title before a name: `NATO spokeswoman Oana Lungescu`, `Head of the … Service Andrey Boytsov`. */
import { CALENDAR_WORDS, NAME_CONNECTORS, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { TITLE_MODIFIERS, TITLE_NOUNS } from '../../lexicon/titles.js';
import { isCapital, spaceBetween, tokenize, type Token } from '../entities/tokens.js';
import type { Found, ScanExtractor } from '../types.js';
import { fullName, personsIn } from './names.js';

/** Roles written as a title phrase right before a person's name; the claim covers title and name. */
export const roleBeforeName: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    const persons = personsIn(context.mentions, sentence.start, sentence.end);
    if (!persons.length) return [];
    const tokens = tokenize(sentence.text);
    const found: Found<'role'>[] = [];
    for (const person of persons) {
      const nameStart = person.start - sentence.start;
      const start = titleStart(sentence.text, tokens, nameStart);
      if (start === null) continue;
      const role = sentence.text.slice(start, nameStart).trim();
      found.push({ value: { person: fullName(person, context.mentions), role }, start, end: person.end - sentence.start });
    }
    return found;
  },
};

/**
 * Walk left from the name over an organisation (`of the … Service`), a title noun, then its
 * modifiers and capitalized qualifiers (`Belarussian air chief`); null when no title noun is found.
 */
function titleStart(text: string, tokens: readonly Token[], nameStart: number): number | null {
  let next = nameStart;
  let start: number | null = null;
  let titled = false;
  for (let i = lastBefore(tokens, nameStart); i >= 0; i--) {
    const token = tokens[i] as Token;
    if (!spaceBetween(text, token.after, next)) break;
    const lower = token.text.toLowerCase();
    if (TITLE_NOUNS.has(lower) || (titled && TITLE_MODIFIERS.has(lower))) {
      titled = true;
      start = token.start;
    } else if (isCapital(token) && !SENTENCE_STARTERS.has(lower) && !CALENDAR_WORDS.has(lower)) {
      if (titled) start = token.start;
    } else if (titled || !NAME_CONNECTORS.has(lower)) {
      break;
    }
    next = token.start;
  }
  return titled ? start : null;
}

function lastBefore(tokens: readonly Token[], offset: number): number {
  let i = tokens.length - 1;
  while (i >= 0 && (tokens[i] as Token).start >= offset) i--;
  return i;
}
