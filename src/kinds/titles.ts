/**
 * Comparing two titles of one person. A person can hold several titles, so a different title is a
 * conflict only when the two name different offices of one organisation: another office noun
 * where neither names an organisation the other lacks (`chairman` vs `chief executive`), another
 * portfolio (`foreign minister` vs `defence minister`), or a word that makes another office
 * (`deputy mayor` vs `mayor`). Words of time (`former`, `acting`), ranks beside offices (`Lt.`,
 * `spokesman`) and standings (`co-founder`) never make a conflict; nor does a list of titles beside
 * one of them.
 */
import { GENERAL_OFFICE, OFFICE_SYNONYMS, PORTFOLIOS, RANKS, STANDINGS, TITLE_BREAKS, TWO_WORD_OFFICES } from '../lexicon/offices.js';
import { ROLE_CHANGERS, TIME_QUALIFIERS } from '../lexicon/role-modifiers.js';
import { OCCUPATION_NOUNS, TITLE_NOUNS } from '../lexicon/titles.js';
import type { Relation } from './spec.js';

/** Every word of an office name or synonym: not an organisation's name when capitalized. */
const OFFICE_WORDS = new Set([...OFFICE_SYNONYMS.flat(), ...TWO_WORD_OFFICES].flatMap((phrase) => phrase.split(' ')));

/** A title taken apart. */
interface Title {
  office: string;
  /** True when no office noun was found and `office` is only the title's last word. */
  guessed: boolean;
  portfolios: Set<string>;
  changers: Set<string>;
  /** Capitalized words other than office words: an organisation or place (`Halvern`, `Commission`). */
  names: Set<string>;
  /** All content words, normalized. */
  words: string[];
}

/** How two titles relate: the same, compatible (both can be held, or one is fuller), or different offices. */
export function compareTitles(a: string, b: string): Relation {
  const [listA, listB] = [titlesOf(a), titlesOf(b)];
  if (listA.length === 1 && listB.length === 1) return compareOne(listA[0] as Title, listB[0] as Title);
  // `chairman and co-founder` beside `chairman of the board`: each title of the shorter list must fit one of the other's.
  const [short, long] = listA.length <= listB.length ? [listA, listB] : [listB, listA];
  const rank = { equal: 2, compatible: 1, incompatible: 0 } as const;
  const best = short.map((title) => long.map((other) => compareOne(title, other)).sort((x, y) => rank[y.relation] - rank[x.relation])[0] as Relation);
  const misfit = best.find((relation) => relation.relation === 'incompatible');
  if (misfit) return misfit;
  if (short.length === long.length && best.every((relation) => relation.relation === 'equal')) return { relation: 'equal', why: 'same roles' };
  return { relation: 'compatible', why: 'one list of titles holds the other' };
}

function compareOne(ta: Title, tb: Title): Relation {
  if (ta.words.join(' ') === tb.words.join(' ')) return { relation: 'equal', why: 'same role' };
  // `co-founder` and `chairman`, `Lt.` and `spokesman`: a standing or a rank is held beside an office.
  if (STANDINGS.has(ta.office) || STANDINGS.has(tb.office)) return { relation: 'compatible', why: 'a standing beside an office' };
  if (RANKS.has(ta.office) !== RANKS.has(tb.office)) return { relation: 'compatible', why: 'a rank beside an office' };
  if (!sameSet(ta.changers, tb.changers)) return { relation: 'incompatible', why: 'one title is another office (deputy, vice…)' };
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

/** The titles of a list (`chairman of the board, co-founder and shareholder`); a piece without an office noun stays with the one before. */
function titlesOf(title: string): Title[] {
  const pieces: string[] = [];
  for (const piece of title.split(/\s*(?:,|;|&|\band\b)\s*/u).filter(Boolean)) {
    if (pieces.length && readTitle(piece).guessed) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  if (pieces.length < 2) return [readTitle(title)];
  // The organisation of a list is every title's: `chairman and treasurer of Tarnow Ferries`.
  const titles = pieces.map(readTitle);
  const names = new Set(titles.flatMap((t) => [...t.names]));
  return titles.map((t) => ({ ...t, names }));
}

/** Each synonym's pattern, compiled once. */
const SYNONYM_PATTERNS = OFFICE_SYNONYMS.map(([phrase, office]) => [new RegExp(` ${phrase} `, 'g'), ` ${office} `] as const);

/** The last word of each office key (`chair`, `spokesperson`, `minister`): a noun that names an office. */
const OFFICE_NOUNS = new Set([...OFFICE_SYNONYMS.map(([, office]) => office), ...TWO_WORD_OFFICES].map((office) => office.split(' ').pop() as string));

function isOfficeWord(word: string): boolean {
  return TITLE_NOUNS.has(word) || OCCUPATION_NOUNS.has(word) || OFFICE_NOUNS.has(word) || RANKS.has(word) || STANDINGS.has(word);
}

function readTitle(title: string): Title {
  const names = new Set<string>();
  for (const match of title.matchAll(/\b(\p{Lu}[\p{L}-]+)(?:['’]s)?/gu)) names.add(fold(match[1] as string));
  // Hyphens join the words of one title as spaces do: `director-general`, `co-founder`.
  let text = ` ${fold(title).replace(/['’]s\b/g, '').replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  for (const [pattern, office] of SYNONYM_PATTERNS) text = text.replace(pattern, office);
  // `co-founder` and `co-director` share the office they name.
  const words = text.trim().split(' ').filter((w) => w && !['the', 'a', 'an', 'co'].includes(w));
  const { office, guessed } = officeOf(words);
  const modifiers = words.filter((w) => !office.split(' ').includes(w) && w !== 'of');
  for (const name of [...names]) if (isOfficeWord(name) || OFFICE_WORDS.has(name) || PORTFOLIOS.has(name) || ROLE_CHANGERS.has(name) || TIME_QUALIFIERS.has(name) || name === 'of') names.delete(name);
  return {
    office,
    guessed,
    portfolios: new Set(modifiers.filter((w) => PORTFOLIOS.has(w))),
    changers: new Set(modifiers.filter((w) => ROLE_CHANGERS.has(w) && !TIME_QUALIFIERS.has(w))),
    names,
    words,
  };
}

/**
 * The office a title names: its last office noun before the words that say where it is held
 * (`spokesman for the agency`, `judge presiding over the trial`); a rank only when no other
 * office is named (`military chief Gen.` is a chief).
 */
function officeOf(words: readonly string[]): { office: string; guessed: boolean } {
  let office = -1;
  let rank = -1;
  for (const [i, word] of words.entries()) {
    if (TITLE_BREAKS.has(word) && (office >= 0 || rank >= 0)) break;
    if (RANKS.has(word) && !TWO_WORD_OFFICES.has(`${words[i - 1]} ${word}`)) rank = i;
    else if (isOfficeWord(word)) office = i;
  }
  const at = office >= 0 ? office : rank;
  if (at < 0) return { office: words[words.length - 1] ?? '', guessed: true };
  const two = `${words[at - 1]} ${words[at]}`;
  return { office: TWO_WORD_OFFICES.has(two) ? two : (words[at] as string), guessed: false };
}

/** Lowercase, accents off: `Québec` is `Quebec`. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
