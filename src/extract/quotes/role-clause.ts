/**
 * The role extractor for a clause after the name: `Ada Brook, who chairs the Pilots’ Association`,
 * `Ada Brook, who is set to become finance minister`, `Ada Brook, tipped as the next mayor`.
 */
import { ORGANIZATION_CUES } from '../../lexicon/gazetteer.js';
import { OFFICE_VERBS } from '../../lexicon/titles.js';
import type { Found, ScanExtractor } from '../types.js';
import { rolesAroundNames } from './person-name.js';
import { TITLE_VERB, titlesAt } from './title-list.js';

const OFFICE = [...OFFICE_VERBS.keys()].join('|');
const CLAUSE = new RegExp(`^,\\s+(who\\s+(?:(?:also|now|currently)\\s+)?)?(?:(${OFFICE})|${TITLE_VERB})\\s+`, 'iu');
// A relative clause's verb phrase; without `who`, only a participle (`tipped as`, `set to become`).
const FINITE = /^(?:is|was|has|will)\b/iu;
const OBJECT = /^[^,.;:!?()“”"]{1,80}?(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|who|which|since|until|when|where|because)\b)/u;
// The title ends the clause, or a time or place follows it (`appointed police chief in May`).
const CLOSES = /^(?:\s*(?:[,.;:)–—]|$)|\s+(?:and|but|who|which|since|after|before|when|in|on|at|from|until|last|this|next)\b)/u;
// An organisation named in a few words, not a clause of its own.
const MAX_OBJECT_WORDS = 8;

/** Roles a relative or participle clause gives the person named before it; the claim covers name and title. */
export const roleInClause: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    return rolesAroundNames(sentence, context, (named, tokens): Found<'role'>[] => {
      const clause = CLAUSE.exec(sentence.text.slice(named.end));
      if (!clause) return [];
      const [opener, who, office, prospective, taking] = clause;
      const from = named.end + opener.length;
      if (office) {
        const title = who ? OFFICE_VERBS.get(office.toLowerCase()) : undefined;
        const object = OBJECT.exec(sentence.text.slice(from))?.[0];
        if (!title || !object || !isBody(object)) return [];
        return [{ value: { person: named.name, role: `${title} of ${object}` }, start: named.start, end: from + object.length }];
      }
      const verb = prospective ?? taking ?? '';
      if (!who && (FINITE.test(verb) || taking)) return [];
      const titles = titlesAt(sentence.text, tokens, from, prospective !== undefined);
      const last = titles[titles.length - 1];
      if (!last || !CLOSES.test(sentence.text.slice(last.end))) return [];
      return titles.map((title, i) => ({ value: { person: named.name, role: title.role }, start: i === 0 ? named.start : title.start, end: title.end }));
    });
  },
};

/** True for a named body (`the Karvel Commuters’ Association`), not a thing (`the night shift`). */
function isBody(object: string): boolean {
  const words = object.split(/\s+/);
  return words.length <= MAX_OBJECT_WORDS && words.some((word) => /^\p{Lu}/u.test(word) || ORGANIZATION_CUES.has(word.toLowerCase()));
}
