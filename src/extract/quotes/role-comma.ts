/** The role extractor for a title, a comma, then the name: `the Minister of Transport and Communications, Ilse Varga,`. */
import type { Found, ScanExtractor } from '../types.js';
import { rolesAroundNames } from './person-name.js';
import { titleStart } from './title-phrase.js';

const COMMA_BEFORE = /,\s+$/;
const OPENS = /(?:^|[“"‘(—–])\s*$/u;
const DETERMINED = /\b(?:the|a|an|his|her|their|its|our)\s+$/iu;
const FRONTED = /^\s*(?:\p{L}+\s+)?(\p{L}+)\s+(?:the|a|an|his|her|their|its|our)\s+$/iu;
// `According to the minister, Ilse Varga said`: after a fronted preposition the title is not Varga's.
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'like', 'unlike', 'for', 'with', 'by', 'from', 'about', 'against', 'than', 'as', 'of', 'at', 'in', 'on', 'after', 'before', 'despite',
]);
// `the mayor, Ruth Calloway and the judge` is a list, not a title and its holder.
const LIST = /^\s*,?\s+(?:and|or)\b/;
const SHORT_FORM = /\s+\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)$/u;

/** Roles written as a title, then a comma and the name; the claim covers title and name. */
export const roleBeforeComma: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    return rolesAroundNames(sentence, context, (named, tokens): Found<'role'>[] => {
      const before = COMMA_BEFORE.exec(sentence.text.slice(Math.max(0, named.start - 8), named.start));
      if (!before || LIST.test(sentence.text.slice(named.end))) return [];
      const comma = named.start - before[0].length;
      // `Head of the Flood Agency (FA), Ada Brook`: the body's short form in brackets stays in the title.
      const short = SHORT_FORM.exec(sentence.text.slice(Math.max(0, comma - 16), comma))?.[0].length ?? 0;
      const start = titleStart(sentence.text, tokens, comma - short, true);
      if (start === null || !leads(sentence.text.slice(0, start))) return [];
      const role = sentence.text.slice(start, comma);
      return [{ value: { person: named.name, role }, start, end: named.end }];
    });
  },
};

/** True when the title opens its clause, or follows a determiner that no fronted preposition governs. */
function leads(before: string): boolean {
  if (OPENS.test(before)) return true;
  const fronted = FRONTED.exec(before)?.[1];
  return DETERMINED.test(before) && !(fronted && PREPOSITIONS.has(fronted.toLowerCase()));
}
