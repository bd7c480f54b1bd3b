/** Finds the noun a number counts: `5,000 NATO troops` → `troop`, `12 km` → `km`. */
import { CALENDAR_WORDS } from '../../lexicon/numbers.js';
import { COMPOUND_ADJECTIVES, NOMINAL_ADJECTIVES, NOT_NOUNS } from '../../lexicon/nouns.js';
import { DURATION_UNITS, MEASURE_UNITS } from '../../lexicon/units.js';
import { alternation } from './parse-number.js';
import { isPlural, lemmatize } from '../../kinds/lemmatize.js';

/** A counted noun or unit and where it ends in the sentence. */
export interface CountedNoun {
  /** The noun's lemma or the canonical unit. */
  unit: string;
  /** True when `unit` is a unit of measure rather than a counted noun. */
  measure: boolean;
  end: number;
}

const UNIT = new RegExp(String.raw`^[\s\-–]?(${alternation(Object.keys(MEASURE_UNITS))})(?![\p{L}\p{N}-])`, 'iu');
const WORD = /^[ \u00a0]([\p{L}][\p{L}\p{N}'’-]*)/u;
// Words between the number and its noun: proper names and adjectives, at most this many.
const MAX_MODIFIERS = 3;
const INCREMENTS: ReadonlySet<string> = new Set(['more', 'other', 'further', 'additional']);

/**
 * The counted noun or unit after `from` in `text`: a unit of measure right after the number (also
 * joined by a hyphen, `412-kilometer`), an adjective standing for people (`17 injured` → `person`),
 * else the first plural noun (the first noun when `singular`) past at most three modifiers such
 * as names or adjectives (`5,000 NATO troops`, `three new options`). Null when a function word,
 * a verb or punctuation comes first (`One was`, `one of`, `10 until 16`).
 */
export function findCountedNoun(text: string, from: number, singular: boolean): CountedNoun | null {
  const unit = UNIT.exec(text.slice(from));
  if (unit?.[1]) {
    const canonical = MEASURE_UNITS[unit[1]] ?? MEASURE_UNITS[unit[1].toLowerCase()];
    // A capital single letter is a name or a model (`40 T-72s`, `5G`), not `t` or `g`.
    const isCapitalLetter = unit[1].length === 1 && unit[1] !== unit[1].toLowerCase();
    if (canonical !== undefined && !isCapitalLetter) return { unit: canonical, measure: true, end: from + unit[0].length };
  }
  if (/\p{L}/u.test(text.charAt(from))) return null;
  let position = from;
  let properPlural: CountedNoun | null = null;
  for (let index = 0; index <= MAX_MODIFIERS; index++) {
    const match = WORD.exec(text.slice(position));
    const word = match?.[1];
    if (!match || !word) break;
    const lower = word.toLowerCase();
    // `22 more bodies`, `150 other miners`: a count of more of the same noun (but `5 more than`).
    const increment = index === 0 && INCREMENTS.has(lower) && continues(text, position + match[0].length);
    if ((NOT_NOUNS.has(lower) && !increment) || CALENDAR_WORDS.has(lower.replace(/\.$/, ''))) break;
    position += match[0].length;
    if (index === 0 && NOMINAL_ADJECTIVES.has(lower) && !continues(text, position)) return { unit: 'person', measure: false, end: position };
    if (/^\p{Lu}/u.test(word)) {
      if (!singular && isPlural(lower)) properPlural = { unit: lemmatize(lower), measure: false, end: position };
      continue;
    }
    if (singular ? !continues(text, position) : isPlural(lower)) return { unit: lemmatize(lower), measure: false, end: position };
  }
  return properPlural;
}

// A singular noun ends its run of words: what follows is punctuation, a function word or a name.
function continues(text: string, position: number): boolean {
  const next = WORD.exec(text.slice(position))?.[1];
  return next !== undefined && !NOT_NOUNS.has(next.toLowerCase()) && !/^\p{Lu}/u.test(next);
}

const COMPOUND = /^[-–](\p{Ll}+)[ \u00a0]+(\p{L}+)/u;

/**
 * The noun of a digit-hyphen compound before a head noun, counted in the singular: `31-seat
 * council` → `seat`, `150-member parliament` → `member`. Null for time units (durations and ages),
 * descriptive halves (`5,000-strong`) and a head that is a function word.
 */
export function findCompoundNoun(text: string, from: number): CountedNoun | null {
  const match = COMPOUND.exec(text.slice(from));
  const [, noun = '', head = ''] = match ?? [];
  if (!match || DURATION_UNITS[noun] || COMPOUND_ADJECTIVES.has(noun) || NOT_NOUNS.has(noun) || NOT_NOUNS.has(head.toLowerCase())) return null;
  return { unit: lemmatize(noun), measure: false, end: from + 1 + noun.length };
}
