/** The role extractor for a title in apposition: `Igor Petrenko, editor-in-chief of the Daily Courier,`. */
import { CALENDAR_WORDS, NAME_CONNECTORS, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { TITLE_MODIFIERS, TITLE_NOUNS } from '../../lexicon/titles.js';
import { isCapital, spaceBetween, tokenize, type Token } from '../entities/tokens.js';
import type { Found, ScanExtractor } from '../types.js';
import { fullName, personsIn } from './names.js';

const APPOSITION = /^,\s+(?:(?:the|a|an)\s+)?/i;
const CLOSES = /^\s*(?:[,.;:)–—]|$)/;
const LINKS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'at']);

/** Roles written after a person's name between commas; the claim covers name and title. */
export const roleAfterName: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    const persons = personsIn(context.mentions, sentence.start, sentence.end);
    if (!persons.length || !sentence.text.includes(',')) return [];
    let tokens: Token[] | null = null;
    const found: Found<'role'>[] = [];
    for (const person of persons) {
      const nameEnd = person.end - sentence.start;
      const opener = APPOSITION.exec(sentence.text.slice(nameEnd));
      if (!opener) continue;
      tokens ??= tokenize(sentence.text);
      const roleStart = nameEnd + opener[0].length;
      const roleEnd = titleEnd(sentence.text, tokens, roleStart);
      if (roleEnd === null || !CLOSES.test(sentence.text.slice(roleEnd))) continue;
      const role = sentence.text.slice(roleStart, roleEnd);
      found.push({ value: { person: fullName(person, context.mentions), role }, start: person.start - sentence.start, end: roleEnd });
    }
    return found;
  },
};

/** Walk right over qualifiers, a title noun, then `of the`/`at the` and a capitalized name; null without a title noun. */
function titleEnd(text: string, tokens: readonly Token[], roleStart: number): number | null {
  let end: number | null = null;
  let titled = false;
  let previous = roleStart;
  for (const token of tokens) {
    if (token.start < roleStart) continue;
    if (token.start > previous && !spaceBetween(text, previous, token.start)) break;
    const lower = token.text.toLowerCase();
    if (TITLE_NOUNS.has(lower)) {
      titled = true;
      end = token.end;
    } else if (isCapital(token) && !SENTENCE_STARTERS.has(lower) && !CALENDAR_WORDS.has(lower)) {
      if (titled) end = token.end;
    } else if (!TITLE_MODIFIERS.has(lower) && !(titled && LINKS.has(lower))) {
      break;
    }
    if (token.possessive && titled) break;
    previous = token.after;
  }
  return titled ? end : null;
}
