/** The role extractor for a title in apposition: `Marisol Keane, general secretary of the Vellmouth Dockworkers’ Union,`. */
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import type { Found, ScanExtractor } from '../types.js';
import { rolesAroundNames } from './person-name.js';
import { titleEnd } from './title-phrase.js';

const APPOSITION = /^,\s+(?:(?:the|a|an|another)\s+)?/i;
// The apposition ends at punctuation, or where a relative clause about the person starts.
const CLOSES = /^(?:\s*(?:[,.;:)–—]|$)|\s+(?:who|whose|whom|which)\b)/;
// `an economist with the Harbour Chamber`, `the judge presiding over the trial`: what the title
// takes after it, up to the apposition's end.
const COMPLEMENT = /^\s+(?:with|in|at|from|over|\p{Ll}+ing)\s+[^,.;:()–—“”"]{1,80}?(?=\s*(?:[,.;:)–—]|$)|\s+(?:who|whose|whom|which)\b)/u;
const MAX_COMPLEMENT_WORDS = 8;
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');
// `“…,” Ada Brook, the spokesman for the agency said`: a subject after a quote, its closing comma left out.
const SPEAKS = new RegExp(`^\\s+(?:${SPEECH_VERBS.join('|')})\\b`, 'iu');
const AFTER_QUOTE = /(?:^|[”"’],?)\s*$/u;

/** Roles written after a person's name between commas; the claim covers name and title. */
export const roleAfterName: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    return rolesAroundNames(sentence, context, (named, tokens): Found<'role'>[] => {
      const { text } = sentence;
      const opener = APPOSITION.exec(text.slice(named.end));
      if (!opener) return [];
      const roleStart = named.end + opener[0].length;
      // Between commas after `the`, any two words may qualify the title: the apposition's end bounds it.
      const titleAt = titleEnd(text, tokens, roleStart, text.length, /\bthe\s+$/iu.test(opener[0]) ? 2 : 0);
      if (titleAt === null) return [];
      const complement = COMPLEMENT.exec(text.slice(titleAt))?.[0];
      const taken = complement !== undefined && !SPEECH.test(complement) && complement.trim().split(/\s+/).length <= MAX_COMPLEMENT_WORDS;
      const roleEnd = titleAt + (taken ? complement.length : 0);
      const rest = text.slice(roleEnd);
      if (!CLOSES.test(rest) && !(SPEAKS.test(rest) && AFTER_QUOTE.test(text.slice(0, named.start)))) return [];
      const role = text.slice(roleStart, roleEnd);
      return [{ value: { person: named.name, role }, start: named.start, end: roleEnd }];
    });
  },
};
