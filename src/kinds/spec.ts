/**
 * What a claim kind is: everything the pipeline needs to know about one kind's values, in one
 * object. Each kind is a module of this folder exporting a `KindSpec` of its value type, listed
 * once in `index.ts`; the model's `Kind` and `ValueOf` are derived from that list.
 */

/** A value as a source states it: the normalized value and the claim's own text (`$12.4m`). */
export interface Stated<V> {
  value: V;
  text: string;
}

/** How two values of one kind relate, with a few words on why. */
export interface Relation {
  relation: 'equal' | 'compatible' | 'incompatible';
  why: string;
}

/** How alignment matches claims of a kind. */
export interface AlignRule<V> {
  /** The least score (similarity + prior + closeness) for two claims to state one fact. */
  threshold: number;
  /** How many of a claim's rarest words become blocking keys. */
  keys: number;
  /** What sharing the unit alone is worth: a counted noun says more than a currency. */
  prior(a: V, b: V): number;
  /** Whether the unit alone is a blocking key (a story has few claims per counted noun). */
  unitKey: boolean;
  /**
   * Whether the very noun (`EUR`, `miner`) may stand in for shared words in a mutual best match:
   * a tabloid's `A staggering $1.6bn, and rising.` shares no word with the wire's damage estimate.
   */
  unitVouches: boolean;
  /** Blocking keys of the value itself, beside the words (the months of a date). */
  valueKeys?(value: V): string[];
  /**
   * The subject words (with weights in (0, 1]) that the value itself gives, for kinds whose value
   * says what the claim is about (a quote's words, a role's person); others take the words around
   * the claim in its sentence.
   */
  words?(value: V, contentWords: (text: string) => string[]): Map<string, number>;
}

/** One kind of claim. */
export interface KindSpec<V> {
  /** The kind as the report names it: `Money`, `Quantity`. */
  label: string;
  /** What two claims must share to be compared at all: a currency, the family of a counted noun, a person. */
  unit(value: V): string;
  /** The claim's own unit, finer than `unit`: the counted noun (`miner`) where `unit` says `person`. */
  noun(value: V): string;
  /** What the claim is about, for headings: `nearest` gives the words nearest the claim in its sentence. */
  subject(value: V, nearest: () => string): string;
  /** A bonus for near values, from 0 to `SAME`: claims about one fact usually carry equal or near values. */
  closeness(a: Stated<V>, b: Stated<V>): number;
  /** Whether two values can both be true. */
  compare(a: Stated<V>, b: Stated<V>): Relation;
  /** The value as short text: `USD 12.4 million`, `2021-09-10 to 2021-09-16`. */
  describe(value: V): string;
  /** The value in a table cell, when it is not `describe`'s text. */
  cell?(value: V): string;
  align: AlignRule<V>;
  /**
   * For kinds stated by a figure (money, counts, percentages, lengths of time): which kind keeps a
   * figure that two extractors read (the higher `rank`), and the unit two ends of a range share.
   */
  figure?: { rank: number; unit(value: V): string };
}

/** The closeness bonus of the same value, or of one figure at two precisions. */
export const SAME = 0.3;
/** The closeness bonus of overlapping values, or of figures within 10%. */
export const OVERLAP = 0.2;
/** The closeness bonus of near values: within 50%, or dates within a month. */
export const NEAR = 0.15;
