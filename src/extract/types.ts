/**
 * The shapes of extractors and refiners, after chrono-node: an extractor is a pattern plus a
 * tiny `extract`; the runner owns the loop, the offsets and the matched text.
 */
import type { AnyClaim, Kind, Mention, Sentence, Source, ValueOf } from '../model.js';
import type { Token } from './entities/tokens.js';
import type { Named } from './quotes/person-name.js';

/** What an extractor knows beyond its sentence. */
export interface Context {
  source: Source;
  /** Every sentence of the source, in order (boilerplate excluded). */
  sentences: Sentence[];
  /** Entity mentions of the whole source, sorted by offset. */
  mentions: Mention[];
  /** The anchor for relative dates. */
  reference: Reference;
  /** The word tokens of a sentence (tokenized once per sentence: the chunker, quotes and roles read them). */
  tokens(sentence: Sentence): readonly Token[];
  /** The people a sentence names, with its tokens (found once per sentence: the role extractors read them). */
  names(sentence: Sentence): { tokens: readonly Token[]; names: Named[] };
  /** The fullest name the source gives the person of a mention (`Korotchenko` → `Igor Korotchenko`). */
  fullName(mention: Mention): string;
}

/** The anchor that relative dates are resolved against. */
export interface Reference {
  /** The publication day `YYYY-MM-DD`, when known. */
  date: string | null;
  /** The year to assume: the publication year, else the latest year the text states in a date. */
  year: number | null;
  /** True when `year` was taken from the text rather than from a publication date. */
  inferred: boolean;
  /** The latest year the text states anywhere (`the 2026 election`), years bounding a period (`since 2019`) aside. */
  named?: number;
}

/** A value found in a sentence; `start`/`end` index `sentence.text` (default: the whole match). */
export interface Found<K extends Kind> {
  value: ValueOf[K];
  start?: number;
  end?: number;
}

/** An extractor run once per match of `pattern` (which must have the `g` flag). */
export interface PatternExtractor<K extends Kind> {
  kind: K;
  pattern: RegExp;
  extract(match: RegExpExecArray, sentence: Sentence, context: Context): Found<K> | Found<K>[] | null;
}

/** An extractor that scans a sentence itself (for example through chrono-node). */
export interface ScanExtractor<K extends Kind> {
  kind: K;
  scan(sentence: Sentence, context: Context): Found<K>[];
}

/** Either shape of extractor. */
export type Extractor<K extends Kind = Kind> = PatternExtractor<K> | ScanExtractor<K>;

/** A step over all claims of one source: merge, drop, resolve. */
export type Refiner = (claims: AnyClaim[], context: Context) => AnyClaim[];
