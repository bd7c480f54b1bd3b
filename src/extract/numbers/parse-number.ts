/**
 * Number parsing shared by the money, quantity, percent and duration extractors: regex sources
 * for one amount (digits, scales, written numbers), the cue words before it and range separators,
 * and the functions that read them. Hand-written: the libraries measured read `$350 million` as 350,
 * miss `$ 1.6 billion` or find a number inside every `S-400` (DESIGN.md).
 */
import type { Bound, RangeValue } from '../../model.js';
import {
  APPROXIMATE_CUES, BOUND_CUES, NUMBER_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, SPACED_SCALE_ABBREVIATIONS,
} from '../../lexicon/numbers.js';

import { alternation } from '../alternation.js';

export { alternation };

const WORD = alternation(Object.keys(NUMBER_WORDS));
const SCALE = alternation(Object.keys(SCALE_WORDS));
// `.25 percent` as the Fed writes it: a decimal without its zero.
const DIGITS = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)`;
// Fractions of a percent or a point: `¼`, `2½`, `a quarter of a percentage point`, `half a percent`.
const FRACTION = String.raw`(?:\d+\s?)?[¼½¾]|(?:(?:a|one|three)[\s-]+quarters?\s+of|half(?:\s+of)?)\s+an?(?=\s+(?:percent|per\s*cent|percentage\s+points?|basis\s+points?)\b)`;
const FRACTIONS: Readonly<Record<string, string>> = { '¼': ' 0.25', '½': ' 0.5', '¾': ' 0.75' };
const SCALED_DIGITS = `${DIGITS}(?:(?:${alternation(Object.keys(SCALE_ABBREVIATIONS))})\\b|\\s?(?:${alternation(SPACED_SCALE_ABBREVIATIONS)})\\b|(?:\\s*(?:${SCALE})\\b)+)?`;
const WRITTEN_PART = `(?:${WORD}|${SCALE}|and\\s+a\\s+half)\\b`;
const WRITTEN = `(?:(?:${WORD})\\b|(?:half\\s+)?a(?=\\s+(?:${SCALE})\\b))(?:(?:[\\s-]|(?<=(?:${SCALE}))\\s+and\\s+)${WRITTEN_PART})*`;

/** Regex source of one amount: `5,000`, `1.6 billion`, `1.3billion`, `40k`, `$12bn`'s `12bn`, `forty thousand`, `half a million`, `¼`. */
export const AMOUNT = `(?:${FRACTION}|${SCALED_DIGITS}|${WRITTEN})`;

/** Passed by every text that holds an amount: a digit or the start of a written number. */
export const MAY_HOLD_AMOUNT = new RegExp(`\\d|(?:${WORD})\\b|a(?=\\s+(?:${SCALE})\\b)`, 'iu');

/** Regex source of a cue word before a figure (`about`, `more than`, `up to`). */
export const CUE = `(?:${alternation(new Set([...APPROXIMATE_CUES, ...Object.keys(BOUND_CUES)]))})`;

/** Regex source of the separator between the two ends of a range (`-`, `–`, `to`, `and`, `or` as in `three or four`). */
export const RANGE_SEPARATOR = String.raw`(?:\s?[-–—]\s?|\s+(?:to|and|or)\s+)`;

/**
 * Regex source that a figure may not directly follow: letters, digits, or `-` as in `S-400`. An en
 * or em dash after a space is punctuation, not a minus: `66 per cent –1,429,981 votes`.
 */
export const FIGURE_START = String.raw`(?<![\p{L}\p{N}_.,:/+\-]|(?<!\s)[–—])`;

/** Regex source that a figure may not directly precede: more digits (`2.1.3`, `10:30`) or `%`. */
export const FIGURE_END = String.raw`(?![\p{N}%]|[.,:]\d)`;

const YEAR = /^(?:1[89]|20)\d\d$/;

/** True for a bare four-digit number that reads as a year (`2014`); `2,014` is a count. */
export function isYear(amount: string): boolean {
  return YEAR.test(amount);
}

const TOKEN = /\d*\.\d+|\d+|\p{L}+/gu;

/** The value of an amount as written (`1.6 billion` → 1.6e9, `forty-five` → 45), or null. */
export function parseAmount(text: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  const normalized = text.toLowerCase().replace(/,(?=\d{3})/g, '').replace(/\band\s+a\s+half\b/g, ' 0.5')
    .replace(/^(?:a|one)[\s-]+quarter\s+of\s+an?\b/, '0.25')
    .replace(/^three[\s-]+quarters\s+of\s+an?\b/, '0.75')
    .replace(/^half(?:\s+of)?\s+an?\b/, '0.5')
    .replace(/[¼½¾]/g, (fraction) => FRACTIONS[fraction] ?? fraction);
  for (const [token] of normalized.matchAll(TOKEN)) {
    const word = NUMBER_WORDS[token];
    const scale = SCALE_WORDS[token] ?? (seen ? SCALE_ABBREVIATIONS[token] : undefined);
    if (/^[\d.]/.test(token)) current += Number(token);
    else if (word !== undefined) current += word;
    else if (token === 'hundred') current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (token !== 'a' && token !== 'and') continue;
    seen = true;
  }
  return seen ? Number((total + current).toPrecision(12)) : null;
}

/** The scale a written amount ends with (`2 billion` → 1e9), or 1. */
export function trailingScale(text: string): number {
  const last = /(\p{L}+)\s*$/u.exec(text.toLowerCase())?.[1] ?? '';
  return SCALE_WORDS[last] ?? SCALE_ABBREVIATIONS[last] ?? 1;
}

/** What a cue word says about a figure. */
export function readCue(cue: string | undefined): Pick<RangeValue, 'approximate' | 'bound'> {
  const key = cue?.toLowerCase().replace(/\s+/g, ' ') ?? '';
  const bound: Bound | undefined = BOUND_CUES[key];
  const approximate = APPROXIMATE_CUES.includes(key);
  return bound ? { approximate, bound } : { approximate };
}
