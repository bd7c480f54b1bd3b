import { CALENDAR_WORDS as CALENDAR_NAMES } from './dates.js';

/** Function words and reporting filler that say nothing about what a claim is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about above below over under into onto upon ' +
    'as than then that this these those there here where when while which who whom whose what why how ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their one ones ' +
    'not no yes also only just even very more most less least much many some any all each every other another such same ' +
    'up down out off again further once both either neither own too quite rather almost nearly about around ' +
    'said says say saying told tell according added adds reported reports report quoted stated noted remarked ' +
    'mr mrs ms dr according per via among amid between through during before after since until till ' +
    'if because though although however therefore thus whether ' +
    // The spelling of a percentage or a large scale: `66.4 per cent` and `70 per cent` share no subject by it.
    'percent cent pct pc million billion trillion bn mn'
  ).split(/\s+/),
);

/** The articles: `the mayor and …` may name two people, `the news agency Reuters` an organisation. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Calendar words: they belong to the date, not to what the date is about. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...CALENDAR_NAMES,
  ...'week weeks month months year years day days today yesterday tomorrow early mid late last next this'.split(' '),
]);
