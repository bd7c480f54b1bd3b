/**
 * Date words: month and weekday names, parts of a month, a year or a decade, seasons, relative
 * modifiers and the tense cues that decide whether a bare date lies before or after the anchor.
 */

/** Full month names, January first, capitalized as written in running text. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Month abbreviations (written with or without a period) → month 1–12. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Full weekday names; abbreviations (`Sun`, `Wed`) alone are too often other words. */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Full month and weekday names, lowercase. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAYS].map((name) => name.toLowerCase()));

/** Month and weekday names with the month abbreviations, lowercase (`jan` is also a first name). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...Object.keys(MONTH_ABBREVIATIONS).map((name) => name.toLowerCase())]);

/** Words before a weekday that make a named day or event of it (`Black Friday`, `Bloody Sunday`). */
export const WEEKDAY_NAME_BEFORE: readonly string[] = [
  'Black', 'Good', 'Bloody', 'Super', 'Ash', 'Easter', 'Palm', 'Cyber', 'Maundy', 'Holy', 'Giving',
];

/** Words after a weekday that make a title of it (`Sunday Times`, `Monday Night`). */
export const WEEKDAY_NAME_AFTER: readonly string[] = [
  'Times', 'Telegraph', 'Express', 'Mirror', 'Post', 'Herald', 'Mail', 'Observer', 'Independent',
  'Tribune', 'Star', 'Sport', 'World', 'Night', 'Morning', 'School', 'Club', 'League', 'Service',
];

/** Parts of a month → first and last day (31 means the month's last day). */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10], mid: [11, 20], late: [21, 31],
  'beginning of': [1, 10], 'start of': [1, 10], 'middle of': [11, 20], 'end of': [21, 31],
  'first week of': [1, 7], 'second week of': [8, 14], 'third week of': [15, 21],
};

/** Parts of a week → first and last day, 1 for Monday to 7 for Sunday. */
export const WEEK_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 3], mid: [3, 5], late: [5, 7],
  'beginning of': [1, 2], 'start of': [1, 2], 'middle of': [3, 4], 'end of': [5, 7],
};

/** Parts of a year → first and last month. */
export const YEAR_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 4], mid: [5, 8], late: [9, 12],
  // The end of a year is its last month, as the end of a month is its last days (`by the end of the year`).
  'beginning of': [1, 3], 'start of': [1, 3], 'middle of': [5, 8], 'end of': [12, 12],
  'first half of': [1, 6], 'second half of': [7, 12], 'first six months of': [1, 6], 'last six months of': [7, 12],
  'first quarter of': [1, 3], 'second quarter of': [4, 6], 'third quarter of': [7, 9],
  'fourth quarter of': [10, 12], 'last quarter of': [10, 12], 'final quarter of': [10, 12],
  'first months of': [1, 4], 'early months of': [1, 4], 'last months of': [9, 12],
  'final months of': [9, 12], 'closing months of': [9, 12],
  'first few months of': [1, 4], 'last few months of': [9, 12],
};

/** Quarters of a year named without one (`in the second quarter`) → first and last month. */
export const QUARTERS: Readonly<Record<string, readonly [number, number]>> = {
  first: [1, 3], second: [4, 6], third: [7, 9], fourth: [10, 12],
};

/** Words that close a run of months at a month (`the three months to June`). */
export const MONTHS_ENDING_AT: readonly string[] = ['to', 'ending', 'ended', 'through', 'until'];

/** Parts of a decade → first and last year offset. */
export const DECADE_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 3], mid: [4, 6], late: [7, 9],
};

/** Seasons (northern hemisphere, meteorological) → first and last month; winter runs into the next year. */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2],
};

/** Words before a month or season that shift it relative to the anchor: −1 before, 0 same, +1 after. */
export const MODIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0,
};

/** Words after which `last` is a verb (`will last from September 10`), not a modifier. */
export const LAST_AS_VERB_AFTER: readonly string[] = [
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'not', "won't", 'won’t', "'ll", '’ll',
  'did', 'does', 'do', 'usually', 'often', 'typically',
];

/** Words before a bare year that make it a date (`in 2014`), unlike `5,000` or `2000 troops`. */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'from',
  'of', 'around', 'circa', 'between', 'for',
];

/** Holidays on a fixed day of the year → month and day (`on Valentine's Day last year`). */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "New Year's Day": [1, 1], "Valentine's Day": [2, 14], 'Halloween': [10, 31], 'Christmas Eve': [12, 24],
  'Christmas Day': [12, 25], 'Boxing Day': [12, 26], "New Year's Eve": [12, 31],
};

/** Words before a year that make it name an event (`the 1995 massacre`, `Bosnia's 1992-1995 war`). */
export const YEAR_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that'];

/** Phrases that put an event after the moment of writing. */
export const FUTURE_CUES: readonly string[] = [
  'will', "won't", 'won’t', "'ll", '’ll', 'shall', 'would', 'upcoming',
  'is due to', 'are due to', 'is set to', 'are set to', 'is scheduled to', 'are scheduled to',
  'scheduled for', 'is expected to', 'are expected to', 'is going to', 'are going to',
  'plans to', 'plan to', 'planned for', 'is to', 'are to', 'to be held', 'slated for',
  // Expectations and hopes look ahead even when reported in the past (`he said he expected…`).
  'expect', 'expects', 'expected', 'expecting', 'expected to', 'hope to', 'hopes to', 'hoping to', 'hoped to',
  'aim to', 'aims to', 'intend to', 'intends to',
];

/**
 * Verbs that put an event before the moment of writing (regular `-ed` forms count too). Date
 * words such as `last` or `ago` are left out: they carry their own direction, and `will last` is a verb.
 */
export const PAST_CUES: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'took', 'came', 'went', 'began',
  'gave', 'made', 'saw', 'sent', 'spoke', 'wrote', 'left', 'led', 'flew', 'became', 'broke',
  'fought', 'won', 'lost', 'already', 'rose', 'fell', 'struck', 'been',
];

/**
 * Words after which a participle is passive, not past (`will be held`, `is expected`), or a
 * perfect infinitive that takes the tense of the verb before it (`hope to have concluded`).
 */
export const PASSIVE_AUXILIARIES: readonly string[] = ['be', 'being', 'is', 'are', 'am', 'get', 'gets', 'getting', 'to have'];

/** `-ed` words that do not put an event in the past (`the planned talks`, `so-called`). */
export const NOT_PAST_ED: readonly string[] = [
  'planned', 'scheduled', 'expected', 'proposed', 'intended', 'anticipated', 'called', 'based',
  'related', 'united', 'limited', 'armed', 'advanced', 'detailed', 'concerned', 'interested',
  'supposed', 'alleged', 'required', 'needed',
];
