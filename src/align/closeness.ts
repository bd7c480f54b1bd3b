/**
 * How near two values are, as a bonus to subject similarity: claims about one fact usually carry
 * equal or near values, and conflicting ones are near more often than not (14 vs 17 injured).
 * Far values still align when their subjects match well enough.
 */
import type { AnyClaim, DateValue, DurationUnit, Kind, RangeValue } from '../model.js';

// Bonuses: the same value, overlapping or rounded-alike values, near values (within 50%, or a month).
/** The bonus of the same value, or of one figure at two precisions. */
export const SAME = 0.3;
/** The bonus of overlapping values, or of figures within 10%. */
export const OVERLAP = 0.2;
/** The bonus of near values: within 50%, or dates within a month. */
export const NEAR = 0.15;
/** Milliseconds in a day; dates within 31 days of each other are near. */
export const DAY_MS = 86_400_000;
/** Seconds in each duration unit (a month is 30.44 days, a year 365.25). */
export const SECONDS: Record<DurationUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 };

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

const CLOSENESS: Record<Kind, (a: AnyClaim, b: AnyClaim) => number> = {
  money: (a, b) => (roundsAlike(a, b) ? SAME : ratioCloseness(middle(a.value as RangeValue), middle(b.value as RangeValue))),
  quantity: (a, b) => (roundsAlike(a, b) ? SAME : ratioCloseness(middle(a.value as RangeValue), middle(b.value as RangeValue))),
  percent: (a, b) => (roundsAlike(a, b) ? SAME : ratioCloseness(middle(a.value as RangeValue), middle(b.value as RangeValue))),
  duration: (a, b) => ratioCloseness(seconds(a), seconds(b)),
  date: (a, b) => dateCloseness(a.value as DateValue, b.value as DateValue),
  quote: () => 0,
  role: () => 0,
};

/** The closeness bonus of two claims of one kind, from 0 to `SAME`. */
export function closeness(a: AnyClaim, b: AnyClaim): number {
  return CLOSENESS[a.kind](a, b);
}

/**
 * The step of the last digit a figure states: `12.4 billion` → 0.1e9, `48.7` → 0.1, `18%` → 1,
 * `5,000` → 0 (a plain integer count is taken as exact).
 */
export function statedPrecision(text: string): number {
  let step = precisions.get(text);
  if (step === undefined) precisions.set(text, (step = readPrecision(text)));
  return step;
}

// Alignment asks for the same few claim texts in many pairs: read each once.
const precisions = new Map<string, number>();

function readPrecision(text: string): number {
  const match = /(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion|bn|mn|tn|[kmb])?\b/i.exec(text);
  if (!match) return 0;
  const decimals = match[2]?.length ?? 0;
  const scale = match[3] ? (SCALE_WORDS[match[3].toLowerCase()] ?? 1) : 1;
  // A whole percentage is a rounded one (`18%` for 18.3%); a whole count is exact (14 injured).
  const wholePercent = !decimals && /\d\s*(?:%|percent\b|per cent\b)/i.test(text);
  return decimals || scale > 1 ? 10 ** -decimals * scale : wholePercent ? 1 : 0;
}

/** True when two single figures are one figure at different precision (`48.66` and `48.7`, `$12.4bn` and `$12bn`). */
function roundsAlike(a: AnyClaim, b: AnyClaim): boolean {
  const [va, vb] = [a.value as RangeValue, b.value as RangeValue];
  if (va.min !== va.max || vb.min !== vb.max || va.bound || vb.bound) return false;
  const step = Math.max(statedPrecision(a.text), statedPrecision(b.text));
  return step > 0 && Math.abs(va.min - vb.min) <= step / 2 + 1e-9 * Math.abs(va.min);
}

function middle(value: RangeValue): number {
  return (value.min + value.max) / 2;
}

function seconds(claim: AnyClaim): number {
  const value = claim.value as RangeValue & { unit: DurationUnit };
  return middle(value) * SECONDS[value.unit];
}

/** The closeness of two positive magnitudes by their ratio: equal, within 10%, within 50%. */
export function ratioCloseness(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? SAME : 0;
  const ratio = Math.max(a, b) / Math.min(a, b);
  return ratio === 1 ? SAME : ratio <= 1.1 ? OVERLAP : ratio <= 1.5 ? NEAR : 0;
}

function dateCloseness(a: DateValue, b: DateValue): number {
  if (!a.start || !a.end || !b.start || !b.end) return 0;
  if (a.start === b.start && a.end === b.end) return SAME;
  if (a.start <= b.end && b.start <= a.end) return OVERLAP;
  if ((a.inferred || b.inferred) && overlapsIgnoringYear(a, b)) return OVERLAP;
  const gap = Math.min(Math.abs(dayTime(a.start) - dayTime(b.end)), Math.abs(dayTime(b.start) - dayTime(a.end))) / DAY_MS;
  return gap <= 31 ? NEAR : 0;
}

// Parsed ISO days: alignment compares the same few dates in millions of pairs.
const parsed = new Map<string, number>();

/** The time of an ISO day in milliseconds (`Date.parse`), cached. */
export function dayTime(iso: string): number {
  let time = parsed.get(iso);
  if (time === undefined) {
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(iso, (time = Date.parse(iso)));
  }
  return time;
}

/** True when two dates within one year, finer than a year, overlap once the year is set aside (for guessed years). */
export function overlapsIgnoringYear(a: DateValue, b: DateValue): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  // A whole year (or decade) says nothing about days: `2016` is not the days of `February 6`.
  if ([a, b].some((d) => d.precision === 'year' || d.precision === 'decade')) return false;
  if (a.start.slice(0, 4) !== a.end.slice(0, 4) || b.start.slice(0, 4) !== b.end.slice(0, 4)) return false;
  const [sa, ea, sb, eb] = [a.start, a.end, b.start, b.end].map((d) => d.slice(5)) as [string, string, string, string];
  return sa <= eb && sb <= ea;
}
