/**
 * The role extractor for a title given by the sentence's verb: `Ada Brook becomes finance
 * minister`, `Ada Brook, leader of the Pilots’ Union, will serve as deputy mayor and harbour master`.
 */
import type { Found, ScanExtractor } from '../types.js';
import { TITLE_VERB, titlesAt } from './title-list.js';
import { titleStart } from './title-phrase.js';

// The subject, then an apposition of its own between commas, then the verb, which the subject may
// report of itself (`Ada Brook said today she will resign as mayor`).
const REPORTED = '(?:(?:has\\s+|had\\s+)?(?:said|announced|confirmed|declared)\\s+(?:(?:today|yesterday|tonight)\\s+)?(?:that\\s+)?(?:he|she)\\s+)?';
const PREDICATE = new RegExp(`^((?:,[^,.;:!?“”"]{1,100},)?\\s+${REPORTED}(?:(?:also|now)\\s+)?)${TITLE_VERB}\\s+`, 'iu');
// A list item's bullet (`• Ada Brook will resign as mayor`) opens the sentence as well.
const OPENS = /^[\s“"‘(•·▪‣*–—-]*$/u;
const HINT = new RegExp(TITLE_VERB, 'iu');

/** Roles the verb gives the sentence's subject; each claim covers the verb phrase or the further title. */
export const roleByVerb: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    if (!HINT.test(sentence.text)) return [];
    const { tokens, names } = context.names(sentence);
    const found: Found<'role'>[] = [];
    for (const named of names) {
      // Only the subject: a name that opens the sentence, or opens it after its own title.
      const opens = titleStart(sentence.text, tokens, named.start) ?? named.start;
      if (!OPENS.test(sentence.text.slice(0, opens))) continue;
      const predicate = PREDICATE.exec(sentence.text.slice(named.end));
      if (!predicate) continue;
      const verbStart = named.end + (predicate[1]?.length ?? 0);
      const titles = titlesAt(sentence.text, tokens, named.end + predicate[0].length, predicate[2] !== undefined);
      titles.forEach((title, i) => found.push({ value: { person: named.name, role: title.role }, start: i === 0 ? verbStart : title.start, end: title.end }));
    }
    return found;
  },
};
