/**
 * How two values of one kind relate: `equal`, `compatible` (both can hold: a range containing a
 * point, a rounded or approximate figure, a day inside a month, an excerpt of a quote) or
 * `incompatible` (they cannot both be true).
 */
import { SECONDS, overlapsIgnoringYear } from '../align/closeness.js';
import { personKey } from '../align/features.js';
import type { AnyClaim, DateValue, DurationUnit, Kind, QuoteValue, RangeValue, RoleValue } from '../model.js';
import { ROLE_CHANGERS } from '../lexicon/role-modifiers.js';
import { isElidedExcerpt, isExcerpt, quoteTokens } from './quote-words.js';

/** The relation of two claims' values, with a few words on why. */
export interface Relation {
  relation: 'equal' | 'compatible' | 'incompatible';
  why: string;
}

/** How far an "about" figure may stray: 10%. */
const APPROXIMATE = 0.1;
const SCALE_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

const COMPARE: Record<Kind, (a: AnyClaim, b: AnyClaim) => Relation> = {
  money: (a, b) => compareRanges(a, b, 1),
  quantity: (a, b) => compareRanges(a, b, 1),
  percent: (a, b) => compareRanges(a, b, 1),
  duration: (a, b) => compareRanges(a, b, SECONDS[(a.value as { unit: DurationUnit }).unit], SECONDS[(b.value as { unit: DurationUnit }).unit]),
  date: (a, b) => compareDates(a.value as DateValue, b.value as DateValue),
  quote: (a, b) => compareQuotes(a.value as QuoteValue, b.value as QuoteValue),
  role: (a, b) => compareRoles(a.value as RoleValue, b.value as RoleValue),
};

/** Compare two claims of the same kind. */
export function compare(a: AnyClaim, b: AnyClaim): Relation {
  return COMPARE[a.kind](a, b);
}

function compareRanges(a: AnyClaim, b: AnyClaim, scaleA: number, scaleB = scaleA): Relation {
  const va = a.value as RangeValue;
  const vb = b.value as RangeValue;
  if (va.min * scaleA === vb.min * scaleB && va.max * scaleA === vb.max * scaleB && va.approximate === vb.approximate && va.bound === vb.bound) {
    return { relation: 'equal', why: 'same value' };
  }
  const [loA, hiA] = interval(va, a.text, scaleA);
  const [loB, hiB] = interval(vb, b.text, scaleB);
  if (loA <= hiB && loB <= hiA) return { relation: 'compatible', why: compatibleWhy(va, vb) };
  return { relation: 'incompatible', why: 'the figures differ' };
}

/** The interval a stated figure allows: its range, widened by its bound, "about" or rounding. */
function interval(value: RangeValue, text: string, scale: number): [number, number] {
  let lo = value.min * scale;
  let hi = value.max * scale;
  const tolerance = Math.max(statedPrecision(text) * scale / 2, value.approximate ? APPROXIMATE * Math.max(Math.abs(lo), Math.abs(hi)) : 0);
  if (value.bound === 'lower') hi = Infinity;
  if (value.bound === 'upper') lo = -Infinity;
  return [lo - tolerance, hi + tolerance];
}

/**
 * The step of the last digit a figure states: `12.4 billion` → 0.1e9, `48.7` → 0.1, `5,000` → 0
 * (a plain integer is taken as exact).
 */
function statedPrecision(text: string): number {
  const match = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?\b/i.exec(text);
  if (!match) return 0;
  const decimals = match[2]?.length ?? 0;
  const scale = match[3] ? (SCALE_WORDS[match[3].toLowerCase()] ?? 1) : 1;
  return decimals || scale > 1 ? 10 ** -decimals * scale : 0;
}

function compatibleWhy(a: RangeValue, b: RangeValue): string {
  if (a.bound || b.bound) return 'a bound that the other figure meets';
  if (a.approximate || b.approximate) return 'an approximate figure close to the other';
  if (a.min !== a.max || b.min !== b.max) return 'a range that holds the other figure';
  return 'the same figure at different precision';
}

function compareDates(a: DateValue, b: DateValue): Relation {
  if (!a.start || !a.end || !b.start || !b.end) return { relation: 'compatible', why: 'one date is not known to the day' };
  if (a.start === b.start && a.end === b.end) return { relation: 'equal', why: 'same date' };
  if (a.start <= b.end && b.start <= a.end) return { relation: 'compatible', why: 'one date lies within the other' };
  if ((a.inferred || b.inferred) && overlapsIgnoringYear(a, b)) return { relation: 'compatible', why: 'same days, but a year was inferred' };
  return { relation: 'incompatible', why: 'the dates do not overlap' };
}


function compareQuotes(a: QuoteValue, b: QuoteValue): Relation {
  if (a.speaker && b.speaker && personKey(a.speaker) !== personKey(b.speaker)) return { relation: 'incompatible', why: `attributed to ${a.speaker} and to ${b.speaker}` };
  const ta = quoteTokens(a.words);
  const tb = quoteTokens(b.words);
  if (ta.join(' ') === tb.join(' ')) return { relation: 'equal', why: a.words === b.words ? 'same words' : 'same words, typography differs' };
  if (isExcerpt(ta, tb) || isExcerpt(tb, ta) || isElidedExcerpt(a.words, tb) || isElidedExcerpt(b.words, ta)) return { relation: 'compatible', why: 'one quote is an excerpt of the other' };
  return { relation: 'incompatible', why: 'the quoted words differ' };
}

function compareRoles(a: RoleValue, b: RoleValue): Relation {
  const wa = roleWords(a.role);
  const wb = roleWords(b.role);
  if (wa.join(' ') === wb.join(' ')) return { relation: 'equal', why: 'same role' };
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const changesOffice = long.some((word) => ROLE_CHANGERS.has(word) && !short.includes(word));
  if (!changesOffice && short.every((word) => long.includes(word))) return { relation: 'compatible', why: 'one title is a fuller form of the other' };
  return { relation: 'incompatible', why: 'the titles differ' };
}

function roleWords(role: string): string[] {
  return quoteTokens(role).filter((word) => !['the', 'of', 'a', 'an'].includes(word));
}
