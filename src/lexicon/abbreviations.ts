/**
 * Words that end with a period without ending a sentence (matched case-insensitively, without
 * the period). Single capital letters (initials such as `J.`) are handled by the segmenter.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov',
  'sen', 'rep', 'pres', 'amb', 'hon', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc',
  'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'corp', 'inc', 'ltd', 'co', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'a.m', 'p.m',
]);
