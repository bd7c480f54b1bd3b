/** The role extractor for a title in apposition: `Marisol Keane, general secretary of the Vellmouth Dockworkers’ Union,`. */
import type { Found, ScanExtractor } from '../types.js';
import { rolesAroundNames } from './person-name.js';
import { titleEnd } from './title-phrase.js';

const APPOSITION = /^,\s+(?:(?:the|a|an)\s+)?/i;
// The apposition ends at punctuation, or where a relative clause about the person starts.
const CLOSES = /^(?:\s*(?:[,.;:)–—]|$)|\s+(?:who|whose|whom|which)\b)/;

/** Roles written after a person's name between commas; the claim covers name and title. */
export const roleAfterName: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    return rolesAroundNames(sentence, context, (named, tokens): Found<'role'>[] => {
      const opener = APPOSITION.exec(sentence.text.slice(named.end));
      if (!opener) return [];
      const roleStart = named.end + opener[0].length;
      // Between commas after `the`, any two words may qualify the title: the apposition's end bounds it.
      const roleEnd = titleEnd(sentence.text, tokens, roleStart, sentence.text.length, /\bthe\s+$/iu.test(opener[0]) ? 2 : 0);
      if (roleEnd === null || !CLOSES.test(sentence.text.slice(roleEnd))) return [];
      const role = sentence.text.slice(roleStart, roleEnd);
      return [{ value: { person: named.name, role }, start: named.start, end: roleEnd }];
    });
  },
};
