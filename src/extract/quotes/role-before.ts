/** The role extractor for a title before a name: `NATO spokeswoman Oana Lungescu`, `Port authority chief executive Dana Whitlock`. */
import { NAME_CONNECTORS } from '../../lexicon/gazetteer.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import type { Found, ScanExtractor } from '../types.js';
import { titleStart } from './title-phrase.js';

const LAST_WORD = /(\S+)$/;
const HONORIFIC_END = new RegExp(`\\s+(?:${[...HONORIFICS].join('|')})\\.?$`, 'iu');

/** Roles written as a title phrase right before a person's name; the claim covers title and name. */
export const roleBeforeName: ScanExtractor<'role'> = {
  kind: 'role',
  scan(sentence, context) {
    const { tokens, names } = context.names(sentence);
    const found: Found<'role'>[] = [];
    for (const named of names) {
      const start = titleStart(sentence.text, tokens, named.start);
      if (start === null) continue;
      // `committee chairman Sir Ada Brook`: an honorific before the name is no part of the title.
      const role = sentence.text.slice(start, named.start).trim().replace(HONORIFIC_END, '');
      // `Minister of Fisheries and Coastal Affairs`: a "name" after `of`/`and` still belongs to the title.
      if (NAME_CONNECTORS.has(LAST_WORD.exec(role)?.[1] ?? '')) continue;
      found.push({ value: { person: named.name, role }, start, end: named.end });
    }
    return found;
  },
};
