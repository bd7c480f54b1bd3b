/** Values as short readable text, for reasons and the report (fixed `en-US` formatting, so output never depends on the locale). */
import { INVARIANT_NOUNS, IRREGULAR_PLURALS } from '../lexicon/nouns.js';
import { MEASURE_UNITS } from '../lexicon/units.js';
import type { AnyClaim, DateValue, DurationValue, Kind, QuantityValue, RangeValue, ValueOf } from '../model.js';

/** Numbers as `1,234.5`: US grouping, at most two decimals, whatever the host's locale. */
const DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const formatDecimal = (n: number): string => DECIMAL.format(n);

const SCALES: ReadonlyArray<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const QUOTE_CHARS = 60;

/** A number with thousands separators, large amounts in millions/billions (`1.6 billion`). */
export function formatNumber(n: number): string {
  for (const [scale, word] of SCALES) if (Math.abs(n) >= scale) return `${formatDecimal(n / scale)} ${word}`;
  return formatDecimal(n);
}

/** A numeric range with its qualifiers: `about 5,000`, `1.6–2 billion`, `more than 300`. */
export function formatRange(value: RangeValue, unit = ''): string {
  const same = value.min === value.max;
  let text = same ? formatNumber(value.min) : rangeText(value.min, value.max);
  if (value.bound === 'lower') text = `at least ${text}`;
  else if (value.bound === 'upper') text = `up to ${text}`;
  else if (value.approximate) text = `about ${text}`;
  return unit ? `${text}${unit}` : text;
}

function rangeText(min: number, max: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(min) >= scale && Math.abs(max) >= scale) return `${formatDecimal(min / scale)}–${formatDecimal(max / scale)} ${word}`;
  }
  return `${formatDecimal(min)}–${formatDecimal(max)}`;
}

function formatDuration(value: DurationValue): string {
  const plural = value.max === 1 && value.min === 1 ? value.unit : `${value.unit}s`;
  return formatRange(value, ` ${plural}`);
}

/** A date at its precision: `2021-09-09`, `2021-02`, `2021`, or a span of days. */
export function formatDate(value: DateValue): string {
  const { start, end, precision } = value;
  if (!start || !end) return 'date unknown';
  let text: string;
  if (start === end) text = start;
  else if (precision === 'month' && start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) text = start.slice(0, 7);
  else if (precision === 'year' && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) text = start.slice(0, 4);
  else text = `${start} to ${end}`;
  return value.inferred ? `${text} (year inferred)` : text;
}

// The first plural listed for a noun is its usual one (`people` before `persons`).
const PLURAL_OF = new Map([...Object.entries(IRREGULAR_PLURALS)].reverse().map(([plural, single]) => [single, plural]));
// Abbreviated measures take no plural: `12 km`, `5 kg`.
const ABBREVIATED = new Set(Object.values(MEASURE_UNITS).filter((unit) => unit.length <= 3));

/** A count with its noun: `5,000 troops`, `1 ship`, `12 km`, `44 years of age`. */
function formatQuantity(value: QuantityValue): string {
  const one = value.min === 1 && value.max === 1;
  return formatRange(value, ` ${one || ABBREVIATED.has(value.unit) ? value.unit : plural(value.unit)}`);
}

/** The plural of a lemma; only the first word of `year of age` changes. */
function plural(unit: string): string {
  const [head = unit, ...rest] = unit.split(' ');
  const many = PLURAL_OF.get(head) ?? (INVARIANT_NOUNS.has(head) ? head : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`);
  return [many, ...rest].join(' ');
}

const DESCRIBE: { [K in Kind]: (value: ValueOf[K]) => string } = {
  money: (v) => `${v.currency} ${formatRange(v)}`,
  quantity: formatQuantity,
  percent: (v) => formatRange(v, '%'),
  duration: formatDuration,
  date: formatDate,
  quote: (v) => `“${shorten(v.words, QUOTE_CHARS)}”${v.speaker ? ` (${v.speaker})` : ''}`,
  role: (v) => `${v.person}: ${v.role}`,
};

/** A claim's normalized value as short text. */
export function describe(claim: AnyClaim): string {
  return (DESCRIBE[claim.kind] as (value: AnyClaim['value']) => string)(claim.value);
}

/** Cut `text` to at most `max` characters at a word boundary, with `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
