/**
 * The shared types of the pipeline: every stage reads and writes these shapes and nothing else.
 * Offsets are UTF-16 indices into `Source.text` (the file decoded as UTF-8); line and column
 * are derived once, at render time.
 */
import type { VFile } from 'vfile';

/** The kinds of claim crosscheck extracts. */
export type Kind = 'money' | 'quantity' | 'percent' | 'date' | 'duration' | 'quote' | 'role';

/** Every kind, in report order. */
export const KINDS: readonly Kind[] = ['money', 'quantity', 'percent', 'duration', 'date', 'quote', 'role'];

/** A half-open range of offsets `[start, end)` into a source's text. */
export interface Span {
  start: number;
  end: number;
}

/** One article, read and decoded. */
export interface Source {
  /** File name without extension, e.g. `000_2faa820f79c75e74`. */
  id: string;
  /** Path as given relative to the working folder, with `/` separators. */
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** Publication day `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** The whole file text (front matter included), so offsets match the file. */
  text: string;
  /** Where the article body starts (after front matter). */
  bodyStart: number;
  /** The title's span, when the title comes from the text itself. */
  titleSpan: Span | null;
  /** Spans of site chrome (navigation, subscribe prompts…): no claims come from them. */
  boilerplate: Span[];
  /** The vfile behind the source: messages about its content go here. */
  file: VFile;
}

/** A block of text: a paragraph, a headline or a list item. */
export interface Paragraph extends Span {
  /** Index of the paragraph in its source, from 0. */
  index: number;
  /** True for the title and section headings. */
  heading: boolean;
}

/** A sentence, with its offsets into the source text. */
export interface Sentence extends Span {
  /** The source's id. */
  source: string;
  /** Exactly `source.text.slice(start, end)`. */
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  /** Index of the sentence in its source, from 0. */
  index: number;
  /** True when the sentence is a title or heading. */
  heading: boolean;
}

/** A source cut into paragraphs and sentences. */
export interface Segmented {
  source: Source;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * An open bound: `lower` for "more than / at least / over N" (the value is N or more), `upper`
 * for "up to / less than / under N" (N or less). Absent for plain amounts and ranges.
 */
export type Bound = 'lower' | 'upper';

/** The fields shared by every numeric value: a closed range `[min, max]`, one number when equal. */
export interface RangeValue {
  min: number;
  max: number;
  /** True for "about", "nearly", "some", "dozens of", rounded figures stated as such. */
  approximate: boolean;
  /** Set only when the text states an open bound. */
  bound?: Bound;
}

/** An amount of money; one amount has `min === max`. Amounts are in units (not millions). */
export interface MoneyValue extends RangeValue {
  /** ISO 4217 code, e.g. `USD`. */
  currency: string;
}

/** A count of things or a measure. */
export interface QuantityValue extends RangeValue {
  /** The counted noun's lemma (`troop`, `plane`) or the unit (`km`). */
  unit: string;
}

/** A percentage, 0–100 scale. */
export type PercentValue = RangeValue;

/** The units a duration is expressed in. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A length of time, in `unit`s. */
export interface DurationValue extends RangeValue {
  unit: DurationUnit;
}

/** How precise a date is. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade';

/** A day or a span of days, inclusive, as ISO `YYYY-MM-DD`. */
export interface DateValue {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  /** True when the year or anchor was guessed rather than stated. */
  inferred: boolean;
}

/** Words attributed to somebody. */
export interface QuoteValue {
  /** Full name as the source gives it, or null when nobody is named. */
  speaker: string | null;
  /** The quoted words, without the quotation marks. */
  words: string;
}

/** A person's title or function. */
export interface RoleValue {
  person: string;
  role: string;
}

/** The normalized value of each kind. */
export interface ValueOf {
  money: MoneyValue;
  quantity: QuantityValue;
  percent: PercentValue;
  date: DateValue;
  duration: DurationValue;
  quote: QuoteValue;
  role: RoleValue;
}

/** One statement of one source: a value at an exact place. */
export interface Claim<K extends Kind = Kind> extends Span {
  kind: K;
  /** The source's id. */
  source: string;
  /** Exactly `source.text.slice(start, end)`. */
  text: string;
  /** The sentence the claim was found in. */
  sentence: Sentence;
  value: ValueOf[K];
}

/** Any claim, discriminated by `kind`. */
export type AnyClaim = { [K in Kind]: Claim<K> }[Kind];

/** What an entity is. */
export type EntityType = 'person' | 'organization' | 'place' | 'system' | 'other';

/** A named thing mentioned in a source. */
export interface Mention extends Span {
  source: string;
  text: string;
  type: EntityType;
  /** Key shared by the mentions of one entity, e.g. `lukashenko` or `s-400`. */
  key: string;
}

/** Everything extracted from one source. */
export interface Extraction {
  source: Source;
  sentences: Sentence[];
  claims: AnyClaim[];
  mentions: Mention[];
}

/** How the sources stand on one fact. */
export type Verdict = 'agree' | 'partial' | 'conflict' | 'unique';

/** Every verdict, in report order. */
export const VERDICTS: readonly Verdict[] = ['conflict', 'partial', 'agree', 'unique'];

/** A claim in a group, with its fingerprint. */
export type GroupedClaim = AnyClaim & {
  /**
   * Derived from the claim's kind, source, normalized value and nearest subject words, so it
   * survives edits elsewhere (other sentences, other articles, reordered paragraphs).
   */
  fingerprint: string;
};

/** Claims of several sources (or one) that state the same fact. */
export interface Group {
  /** Stable id derived from content: the kind and the fingerprint of the group's first claim. */
  id: string;
  kind: Kind;
  /** What the claims are about, in a few words. */
  subject: string;
  /** Sorted by source id, then position. */
  claims: GroupedClaim[];
}

/** A group with its verdict. */
export interface Judged extends Group {
  verdict: Verdict;
  /** One line naming the values compared. */
  reason: string;
}

/** The whole result of comparing sources. */
export interface Comparison {
  sources: Source[];
  groups: Judged[];
  mentions: Mention[];
}
