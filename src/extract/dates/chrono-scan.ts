/** The chrono-node date extractor: month names, weekdays, numeric and relative dates. */
import type { ParsedResult } from 'chrono-node';
import {
  LAST_AS_VERB_AFTER, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE, WEEKDAYS,
} from '../../lexicon/dates.js';
import type { Found, Reference, ScanExtractor } from '../types.js';
import { buildChrono, chronoReference } from './chrono-instance.js';
import { chronoValue } from './chrono-value.js';
import { alternation, MONTH, wordAlternation } from './patterns.js';
import { tenseAt } from './tense.js';

// Only sentences that name a month, a weekday, a numeric date or a relative day, week, month or year
// are dated by chrono: a bare `the weekend` or `this morning` dates nothing a reader could check.
const MAY_HOLD_DATE = new RegExp(`${MONTH}|\\b(?:${alternation(WEEKDAYS)})\\b|\\d{4}-\\d\\d?-\\d`);
const MAY_HOLD_RELATIVE = /\b(?:yesterday|today|tomorrow|ago|(?:this|last|next|coming|previous)\s+(?:week|weekend|month|year))\b/i;

const chrono = buildChrono();

const LEADING = /^(?:[,(]\s*)?(?:(?:on|in|from|the|of|at|since|during|by|between|until|till)\s+)*/i;
const TRAILING = /[\s,()]+$/;
const TWO_DIGIT_YEAR = /[\s,/-]+\d\d$/;
const LOWERCASE_MONTH = new RegExp(`\\b(?:${alternation([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].map((m) => m.toLowerCase()))})\\b`);
const NAMED_MONTH = new RegExp(MONTH);
const FULL_WEEKDAY = new RegExp(`\\b(?:${alternation(WEEKDAYS)})\\b|\\bweekend\\b`);
const NUMERIC_DATE = /\d{4}-\d\d?-\d/;
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)|['’]\d\d\b/;
const RELATIVE_START = /^(?:last|past)\b/i;
// `for the last year`, `over the past month`: a length of time, not a date.
const DURATION_BEFORE = /\b(?:for|over|during|in|within|throughout)\s+(?:the\s+)?$/i;
// `Black Friday`, `Sunday Times`: a name, not the day of the week.
const NAME_BEFORE = new RegExp(`\\b(?:${alternation(WEEKDAY_NAME_BEFORE)})\\s+$`);
const NAME_AFTER = new RegExp(`^\\s+(?:${alternation(WEEKDAY_NAME_AFTER)})\\b`);
// A photo agency caption opens `WASHINGTON, DC - DECEMBER 03:`: its dates are the picture's, not the story's.
const CAPTION_OPENING = new RegExp(`^[A-Z][A-Z .,'’]*\\s+[-–—]\\s+(?:${alternation(MONTH_NAMES.map((m) => m.toUpperCase()))})\\s+\\d{1,2}(?:,\\s+\\d{4})?:`);
const VERB_BEFORE_LAST = new RegExp(`${wordAlternation(LAST_AS_VERB_AFTER)}\\s+$`, 'i');

/** Dates chrono-node finds, anchored by our rules (see `anchor.ts`). */
export const chronoDates: ScanExtractor<'date'> = {
  kind: 'date',
  scan(sentence, context) {
    const text = sentence.text;
    if ((!MAY_HOLD_DATE.test(text) && !MAY_HOLD_RELATIVE.test(text)) || CAPTION_OPENING.test(text)) return [];
    const { date, year } = context.reference;
    const results = chrono.parse(text, chronoReference(date, year));
    const founds = results.flatMap((result) => {
      const found = toFound(result, text, context.reference);
      return found ? [found] : [];
    });
    return joinWeekdayToDay(founds, text);
  },
};

const WEEKDAY_ONLY = new RegExp(`^(?:${alternation(WEEKDAYS)})$`);
const BEFORE_DAY = /^\s*[(,]\s*$/;

/**
 * A weekday followed by its day (`on Sunday (Sep 30)`, `Tuesday, 18 June`) is one date, the
 * stated day: chrono reads the two apart, and the weekday alone would be anchored by a guess.
 */
function joinWeekdayToDay(founds: Placed[], sentence: string): Placed[] {
  const joined: Placed[] = [];
  for (const found of founds) {
    const previous = joined[joined.length - 1];
    const between = previous ? sentence.slice(previous.end, found.start) : '';
    const isDay = found.value.precision === 'day' && /\d/.test(sentence.slice(found.start, found.end));
    if (previous && isDay && BEFORE_DAY.test(between) && WEEKDAY_ONLY.test(sentence.slice(previous.start, previous.end))) {
      joined[joined.length - 1] = { ...found, start: previous.start };
    } else joined.push(found);
  }
  return joined;
}

/** A find with its offsets in the sentence. */
type Placed = Found<'date'> & { start: number; end: number };

function toFound(result: ParsedResult, sentence: string, reference: Reference): Placed | null {
  let start = result.index + (LEADING.exec(result.text)?.[0].length ?? 0);
  let end = result.index + result.text.replace(TRAILING, '').length;
  let text = sentence.slice(start, end);
  if (!WRITTEN_YEAR.test(text) && result.start.isCertain('year') && TWO_DIGIT_YEAR.test(text)) {
    end -= TWO_DIGIT_YEAR.exec(text)?.[0].length ?? 0;
    text = sentence.slice(start, end);
  }
  if (start >= end || LOWERCASE_MONTH.test(text) || /^(?:right\s+)?now$/i.test(text)) return null;
  const before = sentence.slice(0, start);
  if (RELATIVE_START.test(text) && (DURATION_BEFORE.test(before) || VERB_BEFORE_LAST.test(before))) return null;
  const absolute = NAMED_MONTH.test(text) || NUMERIC_DATE.test(text);
  const weekdayOnly = !absolute && result.start.isCertain('weekday') && !result.start.isCertain('day');
  if (weekdayOnly && (!FULL_WEEKDAY.test(text) || NAME_BEFORE.test(before) || NAME_AFTER.test(sentence.slice(end)))) return null;
  const tense = tenseAt(sentence, start, end);
  const value = chronoValue(result, { text, yearStated: WRITTEN_YEAR.test(text), absolute, tense }, reference);
  return value ? { value, start, end } : null;
}
