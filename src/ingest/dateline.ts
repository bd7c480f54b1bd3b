/**
 * Date stamps at the top of a page: `Published 7:15 am Wednesday, May 13, 2015`, `July 7, 2013 /
 * 12:10 AM / 7 years ago`, `Tue, March 01, 2011`, `Updated: 03 Jun 2023, 10:12 AM IST`, `date
 * 2017-06-27`. They are page metadata, never claims: they can give the article's publication day
 * when front matter does not, and their spans are left out of extraction. The dates are read by
 * chrono-node; what tells a stamp from a sentence is decided here.
 */
import { casual } from 'chrono-node/en';
import type { Span } from '../model.js';
import type { Line } from './chrome.js';

/** What the top of a page says about its date. */
export interface Dateline {
  /** The publication day `YYYY-MM-DD`, when a stamp gives one. */
  published: string | null;
  /** The stamps' spans: metadata, not claims. */
  spans: Span[];
}

/** Stamps are looked for in this many lines from the top (navigation and bylines come first). */
const TOP_LINES = 40;
const LONGEST_STAMP = 160;
// A label opens the stamp (`Published:`, `Updated`, ` date`), or follows `This article was`.
const LABEL = /^\s*(?:(?:this|the)\s+(?:article|story|page)\s+(?:was|is)\s+)?(published|posted|date|updated|last updated|modified)\b\s*:?/i;
// A publication stamp that goes on to its updates.
const UPDATED_AFTER = /^\s*,?\s*and\s+(?:last\s+)?updated\b/i;
// Further days of the same month right after a month-day: `July 7 and 8`, `July 7, 8`.
const MORE_DAYS = /\s*(?:,|and|&)\s*(\d{1,2})\b(?![:.]\d)/gy;
const PREFERRED_LABEL = /^(?:published|posted|date)$/i;
// What a stamp holds besides its date: separators, times, zones, weekdays, labels, `7 years ago`.
const STAMP_WORD = /^(?:[|/·•,\-–—()]+|\d{1,2}(?:[:.]\d\d){1,2}(?:am|pm)?|\d+|[ap]\.?m\.?|gmt\d*|utc|et|est|edt|bst|cet|cest|ist|pst|pdt|aest|years?|months?|weeks?|days?|hours?|minutes?|ago|time|local|on|at|by|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|published|posted|updated|last|modified|date|edition:?)$/i;

/** The date stamps among the first lines of a page, and the publication day the best of them gives. */
export function findDateline(lines: readonly Line[]): Dateline {
  const stamps: Array<{ span: Span; day: string; label: string | null }> = [];
  for (const line of lines.slice(0, TOP_LINES)) {
    const stamp = readStamp(line);
    if (stamp) stamps.push(stamp);
  }
  const best = stamps.find((s) => s.label && PREFERRED_LABEL.test(s.label)) ?? stamps.find((s) => s.label) ?? stamps[0];
  return { published: best?.day ?? null, spans: stamps.map((s) => s.span) };
}

/** A line's stamp: a labelled full date, or a line that holds nothing but a full date and stamp words. */
function readStamp(line: Line): { span: Span; day: string; label: string | null } | null {
  const text = line.text.length > LONGEST_STAMP ? line.text.slice(0, LONGEST_STAMP) : line.text;
  // A stamp writes its year in full: a line without four digits is not one (and is not parsed).
  if (!/\d{4}/.test(text)) return null;
  const label = LABEL.exec(text);
  for (const result of casual.parse(text, new Date(2000, 0, 1))) {
    const { start } = result;
    // A full date written out: chrono also gives `now` and `yesterday` a certain day.
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year') || !/\d{4}/.test(result.text)) continue;
    const end = result.index + result.text.length;
    const stampOnly = isStampWords(text.slice(0, result.index)) && stampWordsEnd(text, end) === line.text.length;
    // A label close before the date: `Published: Friday | May 16, 2014`, `This article was published 7/7/2013`.
    const labelled = label !== null && label.index < result.index && result.index - (label.index + label[0].length) <= 40;
    if (!stampOnly && !labelled) continue;
    const day = isoDay(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1);
    const stampLabel = labelled ? (label?.[1] ?? null) : null;
    // `published July 6, 2013 and updated July 7 and 8`: the text is as of its last update.
    const updated = UPDATED_AFTER.test(text.slice(end)) ? latestUpdate(text.slice(end), result.start.date()) : null;
    if (updated && updated > day) return { span: { start: line.start, end: line.start + text.length }, day: updated, label: stampLabel };
    // The stamp runs on over what follows the date as stamps do (`12:00 AM`, `(1502 days ago)`).
    return { span: { start: line.start, end: line.start + stampWordsEnd(line.text, end) }, day, label: stampLabel };
  }
  return null;
}

/**
 * The latest day an `and updated …` tail names (`July 7 and 8`, `July 9, 2013`), read against the
 * publication day; a bare day after a month-day shares its month. Null when it names none.
 */
function latestUpdate(tail: string, published: Date): string | null {
  let latest: string | null = null;
  for (const { start, index, text } of casual.parse(tail, published)) {
    if (!start.isCertain('day')) continue;
    const [y, m] = [start.get('year') ?? 0, start.get('month') ?? 1];
    const days = [start.get('day') ?? 1, ...[...tail.slice(index + text.length).matchAll(MORE_DAYS)].map((match) => Number(match[1]))];
    for (const d of days) if (d >= 1 && d <= 31 && (!latest || isoDay(y, m, d) > latest)) latest = isoDay(y, m, d);
  }
  return latest;
}

/** True when `text` holds stamp words only. */
function isStampWords(text: string): boolean {
  return text.split(/\s+/).every((word) => !word || STAMP_WORD.test(stripped(word)));
}

/** Where the run of stamp words that starts at `from` ends (trailing white space not included). */
function stampWordsEnd(text: string, from: number): number {
  let end = from;
  for (const word of text.slice(from).matchAll(/\S+/g)) {
    if (!STAMP_WORD.test(stripped(word[0]))) break;
    end = from + word.index + word[0].length;
  }
  return end;
}

/** A word without the punctuation around it (`(1502`, `ago),`); punctuation alone stays. */
function stripped(word: string): string {
  const inner = word.replace(/^[([{"'“‘]+|[)\]}"'”’,.;:]+$/g, '');
  return inner || word;
}

function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
