/**
 * Offices, for comparing titles: names of one office map to one key (`premier` and `head of
 * government` are the prime minister), and portfolio words tell ministers apart.
 */

/** Phrases (lowercase) replaced by an office key before titles are compared; longest first. */
export const OFFICE_SYNONYMS: ReadonlyArray<[string, string]> = [
  ['head of government', 'prime minister'],
  ['head of state', 'president'],
  ['chief executive officer', 'chief executive'],
  ['chief exec', 'chief executive'],
  ['ceo', 'chief executive'],
  ['premier', 'prime minister'],
  ['taoiseach', 'prime minister'],
  ['pm', 'prime minister'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['chairperson', 'chair'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['secretary-general', 'general secretary'],
  ['secretary general', 'general secretary'],
  ['director general', 'head'],
  ['commander', 'head'],
  ['chief', 'head'],
  ['boss', 'head'],
  ['leader', 'head'],
  ['vice', 'deputy'],
];

/** The office key of a general title (`head`, `chief`, `leader`, `director-general`): beside a specific title, both can hold. */
export const GENERAL_OFFICE = 'head';

/** Offices written in two words: the second word alone would name another office. */
export const TWO_WORD_OFFICES: ReadonlySet<string> = new Set([
  'prime minister', 'chief executive', 'general secretary', 'managing director', 'press secretary', 'first minister',
  'attorney general', 'board member',
]);

/** Words that name a minister's or secretary's portfolio: two of them on one office make two offices. */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'foreign', 'defence', 'defense', 'finance', 'interior', 'justice', 'health', 'education', 'transport', 'economy', 'economic',
  'energy', 'environment', 'agriculture', 'labour', 'labor', 'trade', 'culture', 'home', 'treasury', 'communications', 'housing',
  'safety', 'security', 'operations', 'technical', 'financial', 'sales', 'marketing', 'legal', 'medical', 'public',
]);

/** Ranks (military, police), written out or short: a rank is held beside an office (`Lt.` and `spokesman`). */
export const RANKS: ReadonlySet<string> = new Set([
  'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt', 'commodore',
  'brigadier', 'sergeant', 'sgt', 'corporal', 'cpl', 'constable', 'inspector', 'insp', 'superintendent', 'supt', 'midshipman', 'private',
]);

/** What a person is to an organisation beside any office they hold there (`co-founder`, `shareholder`). */
export const STANDINGS: ReadonlySet<string> = new Set(['founder', 'owner', 'shareholder', 'creator', 'investor']);

/** Words after which a title says where or over what the office is held (`spokesman for the agency`, `judge presiding over`). */
export const TITLE_BREAKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'on', 'over', 'with', 'from', 'to', 'presiding', 'responsible']);
