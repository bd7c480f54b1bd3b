/** Regex pieces shared by the date extractors, built once from the date lexicon. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../lexicon/dates.js';

import { alternation } from '../alternation.js';

export { alternation };

/** Like `alternation`, but the first letter of each phrase may be either case (`In`, `in`). */
export function anyInitial(words: Iterable<string>): string {
  return alternation(words).replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);
}

/** Whole words or phrases; one starting with an apostrophe (`'ll`) hangs on the word before it. */
export function wordAlternation(words: Iterable<string>): string {
  return `(?:(?<!\\w)|(?=['’]))(?:${alternation(words)})(?!\\w)`;
}

// Capitalized or all caps, never lowercase: `march` and `may` are verbs far more often than months.
const bothCases = (words: Iterable<string>): string[] => [...words].flatMap((word) => [word, word.toUpperCase()]);

/** A month name, or an abbreviation with its optional period, no capture group. */
export const MONTH =
  `(?:(?:${alternation(bothCases(MONTH_NAMES))})\\b|(?:${alternation(bothCases(Object.keys(MONTH_ABBREVIATIONS)))})(?:\\.|\\b))`;

/** A day of the month, 1–31, with an optional ordinal suffix, no capture group. */
export const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d)';

/** A four-digit year 1800–2099 right after a word of ours (`mid-2020`), not a longer number. */
export const YEAR_AFTER = '(?:1[89]\\d\\d|20\\d\\d)(?!\\w|-[A-Za-z]|[.,]\\d)';

/** A four-digit year that is not part of a name (`Zapad-2021`), no capture group. */
export const YEAR = `(?<!\\w|[A-Za-z]-)${YEAR_AFTER}`;

/** The month number of a name or abbreviation as matched by `MONTH`. */
export function monthNumber(word: string): number {
  const raw = word.replace(/\.$/, '');
  const name = raw.charAt(0) + raw.slice(1).toLowerCase();
  return MONTH_NAMES.indexOf(name) + 1 || (MONTH_ABBREVIATIONS[name] ?? 0);
}

/** The day number of a match of `DAY`. */
export const dayNumber = (text: string): number => Number.parseInt(text, 10);
