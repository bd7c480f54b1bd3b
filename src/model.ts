/**
 * The shared types of the pipeline: every stage reads and writes these shapes and nothing else.
 * Offsets are UTF-16 indices into `Source.text` (the file decoded as UTF-8; for a page, its
 * reading text, mapped to the file by `Source.origin`); line and column are derived once, at
 * render time.
 */
import type { VFile } from 'vfile';
import type { KindName, SPECS, ValueOfSpec } from './kinds/index.js';

export type { Bound, RangeValue } from './kinds/figures.js';
export type { DatePrecision, DateValue } from './kinds/date.js';
export type { DurationUnit, DurationValue } from './kinds/duration.js';
export type { MoneyValue } from './kinds/money.js';
export type { PercentValue } from './kinds/percent.js';
export type { QuantityValue } from './kinds/quantity.js';
export type { QuoteValue } from './kinds/quote.js';
export type { RoleValue } from './kinds/role.js';

/** The kinds of claim crosscheck extracts: one module each in `src/kinds/`. */
export type Kind = KindName;

/** Every kind, in report order. */
export { KINDS } from './kinds/index.js';

/** A half-open range of offsets `[start, end)` into a source's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A run of a page's reading text and the part of the file it was read from. When `length` equals
 * `fileLength` each character maps to the character at the same place; otherwise (an entity such
 * as `&amp;`, a run of white space folded to one space) the run maps whole, boundaries only.
 */
export interface Run {
  /** Offset in `Source.text`. */
  at: number;
  length: number;
  /** Offset in the file's text. */
  fileAt: number;
  fileLength: number;
}

/** Where the text of a source read from markup (HTML) lies in its file. */
export interface Origin {
  /** The file's text, decoded: what report positions index. */
  text: string;
  /** The runs of `Source.text` taken from the file, in order; the text between them (paragraph breaks) is in no run. */
  runs: readonly Run[];
}

/** A paragraph or heading that the file's markup marks, as a span of `Source.text`. */
export interface Block extends Span {
  heading: boolean;
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
  /** The text claims are read from: the whole file text (front matter included), so offsets match the file; of a page (HTML), its article's text, decoded, mapped to the file by `origin`. */
  text: string;
  /** For a page (HTML): the file's text and how `text` maps into it; absent when `text` is the file's text. */
  origin?: Origin;
  /** For a page (HTML): its paragraphs and headings; absent when segment finds them in the text. */
  blocks?: Block[];
  /** Where the article body starts (after front matter). */
  bodyStart: number;
  /** The title's span, when the title comes from the text itself. */
  titleSpan: Span | null;
  /** Spans of site chrome (navigation, subscribe prompts…): no claims come from them. */
  boilerplate: Span[];
  /** Spans of page metadata inside the text (date stamps such as `Published: May 16, 2014`): no claims come from them. */
  metadata: Span[];
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

/** The normalized value of each kind. */
export type ValueOf = { [K in Kind]: ValueOfSpec<(typeof SPECS)[K]> };

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
  /** Where claims stopped being read, past the most claims an article may give; null when all were read. */
  leftOut: number | null;
}

/** Text of a source whose claims were not read: from `offset` to its end. */
export interface LeftOut {
  source: string;
  offset: number;
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
  /** The sources whose claims were not all read (they gave more than an article may), by source id. */
  leftOut: LeftOut[];
}
