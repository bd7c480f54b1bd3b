/**
 * Comparing two titles of one person. A person can hold several titles, so a different title is a
 * conflict only when the two name different offices of one organisation: another office noun
 * where neither names an organisation the other lacks (`chairman` vs `chief executive`), another
 * portfolio (`foreign minister` vs `defence minister`), or a word that makes another office
 * (`deputy mayor` vs `mayor`).
 */
import { GENERAL_OFFICE, OFFICE_SYNONYMS, PORTFOLIOS, TWO_WORD_OFFICES } from '../lexicon/offices.js';
import { ROLE_CHANGERS } from '../lexicon/role-modifiers.js';
import { TITLE_NOUNS } from '../lexicon/titles.js';

/** Every word of an office name or synonym: not an organisation's name when capitalized. */
const OFFICE_WORDS = new Set([...OFFICE_SYNONYMS.flat(), ...TWO_WORD_OFFICES].flatMap((phrase) => phrase.split(' ')));

/** A title taken apart. */
interface Title {
  office: string;
  portfolios: Set<string>;
  changers: Set<string>;
  /** Capitalized words other than office words: an organisation or place (`Halvern`, `Commission`). */
  names: Set<string>;
  /** All content words, normalized. */
  words: string[];
}

/** How two titles relate: the same, compatible (both can be held, or one is fuller), or different offices. */
export function compareTitles(a: string, b: string): { relation: 'equal' | 'compatible' | 'incompatible'; why: string } {
  const [ta, tb] = [readTitle(a), readTitle(b)];
  if (ta.words.join(' ') === tb.words.join(' ')) return { relation: 'equal', why: 'same role' };
  if (!sameSet(ta.changers, tb.changers)) return { relation: 'incompatible', why: 'one title is another office (deputy, vice, former…)' };
  // `Police Superintendent` and `Canterbury police chief`, `party leader` and `first minister`.
  if (ta.office === GENERAL_OFFICE || tb.office === GENERAL_OFFICE) return { relation: 'compatible', why: 'a general title beside a specific one' };
  if (ta.office === tb.office) {
    const disjoint = ta.portfolios.size && tb.portfolios.size && ![...ta.portfolios].some((p) => tb.portfolios.has(p));
    return disjoint ? { relation: 'incompatible', why: 'the same office with another portfolio' } : { relation: 'compatible', why: 'the same office, written differently' };
  }
  // `foreign minister` and `Liberal Forum leader`: offices in two bodies, which one person can hold.
  if ((ta.names.size === 0) !== (tb.names.size === 0)) return { relation: 'compatible', why: 'two offices that one person can hold' };
  return { relation: 'incompatible', why: 'the titles name different offices' };
}

/** Each synonym's pattern, compiled once. */
const SYNONYM_PATTERNS = OFFICE_SYNONYMS.map(([phrase, office]) => [new RegExp(` ${phrase} `, 'g'), ` ${office} `] as const);

function readTitle(title: string): Title {
  const names = new Set<string>();
  for (const match of title.matchAll(/\b(\p{Lu}[\p{L}-]+)(?:['’]s)?/gu)) names.add((match[1] as string).toLowerCase());
  // Hyphens join the words of one title as spaces do: `director-general`, `co-founder`.
  let text = ` ${title.toLowerCase().replace(/['’]s\b/g, '').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  for (const [pattern, office] of SYNONYM_PATTERNS) text = text.replace(pattern, office);
  const words = text.trim().split(' ').filter((w) => w && !['the', 'a', 'an'].includes(w));
  const head = words.slice(0, words.includes('of') ? words.indexOf('of') : words.length);
  const lastTwo = head.slice(-2).join(' ');
  const office = TWO_WORD_OFFICES.has(lastTwo) ? lastTwo : (head[head.length - 1] ?? '');
  const modifiers = words.filter((w) => !office.split(' ').includes(w) && w !== 'of');
  for (const name of [...names]) if (TITLE_NOUNS.has(name) || OFFICE_WORDS.has(name) || PORTFOLIOS.has(name) || ROLE_CHANGERS.has(name) || name === 'of') names.delete(name);
  return {
    office,
    portfolios: new Set(modifiers.filter((w) => PORTFOLIOS.has(w))),
    changers: new Set(modifiers.filter((w) => ROLE_CHANGERS.has(w))),
    names,
    words,
  };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
