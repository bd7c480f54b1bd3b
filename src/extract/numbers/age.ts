/** Ages: `a 44-year-old man`, `aged 44`, `44 years old`, and in apposition: `Pistorius, 27, was`, `the driver, 52,`. */
import type { QuantityValue } from '../../model.js';
import { AGE_UNIT } from '../../kinds/quantity.js';
import { CALENDAR_WORDS } from '../../lexicon/numbers.js';
import { GENERIC_PEOPLE, PEOPLE_NOUNS } from '../../lexicon/nouns.js';
import { OCCUPATION_NOUNS, TITLE_NOUNS } from '../../lexicon/titles.js';
import type { Found, PatternExtractor } from '../types.js';
import { FIGURES, figuresOf } from './figure.js';

const AGED = /\baged\s+$/iu;
const OLD = /^[-\s]years?[-\s]old\b/iu;
// A name or a noun of a person, a comma, the figure, then the apposition closes.
const APPOSITION_BEFORE = /(?:^|[\s(])(\p{L}[\p{L}'’.-]*),\s*$/u;
const APPOSITION_AFTER = /^\s*(?:[,);]|\.(?!\d)|$|and\b)/u;
const WHOLE = /^\d{1,3}$/;

/** A person's age, with unit `year of age`: a figure after `aged`, before `year(s) old`, or set off by commas after a person. */
export const ageExtractor: PatternExtractor<'quantity'> = {
  kind: 'quantity',
  pattern: FIGURES,
  extract(match, sentence) {
    const text = sentence.text;
    const end = match.index + match[0].length;
    const aged = AGED.exec(text.slice(0, match.index));
    const old = OLD.exec(text.slice(end));
    if (!aged && !old && !inApposition(match, text, end)) return null;
    return figuresOf(match, end + (old?.[0].length ?? 0)).map((figure): Found<'quantity'> => {
      const value: QuantityValue = { ...figure.value, unit: AGE_UNIT };
      return { value, start: aged ? aged.index : figure.start, end: figure.end };
    });
  },
};

function inApposition(match: RegExpExecArray, text: string, end: number): boolean {
  const { cue, first = '', second } = match.groups ?? {};
  if (cue || second || !WHOLE.test(first) || Number(first) < 1 || Number(first) > 119 || !APPOSITION_AFTER.test(text.slice(end))) return false;
  const word = APPOSITION_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (CALENDAR_WORDS.has(lower.replace(/\.$/, ''))) return false;
  return /^\p{Lu}\p{Ll}/u.test(word) || PEOPLE_NOUNS.has(lower) || GENERIC_PEOPLE.has(lower) || TITLE_NOUNS.has(lower) || OCCUPATION_NOUNS.has(lower);
}
