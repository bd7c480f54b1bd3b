/**
 * Speakers named by their title only (`the Minister stated`, `stated the President of Arlen`,
 * `The judge’s best line …`), and the person the article gives that title to.
 */
import { OFFICE_SYNONYMS, PORTFOLIOS, TWO_WORD_OFFICES } from '../../lexicon/offices.js';
import { ROLE_CHANGERS } from '../../lexicon/role-modifiers.js';
import { SPEECH_ADVERBS } from '../../lexicon/speech.js';
import type { Claim } from '../../model.js';
import type { Token } from '../entities/tokens.js';
import { isRoleNoun, isRoleQualifier, titleEnd } from './title-phrase.js';

const THE = /\bthe\s+/giu;
const CLAUSE_START = /(?:^|[,;:—–(“"«„])\s*$/u;
const TRAILING_ADVERBS = new RegExp(`(?:\\s+(?:${[...SPEECH_ADVERBS].join('|')}))*\\s*$`, 'iu');
const CLAUSE_END = /^\s*(?:[,.;:!?)—–]|$)/u;
const POSSESSIVE_TITLE = /^\s*the\s+((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))['’]s\s/iu;

/** The title in `the <title>` that ends at `edge` (speech adverbs aside) and opens its clause at or after `from`. */
export function titleEndingAt(text: string, tokens: readonly Token[], from: number, edge: number): string | null {
  const head = text.slice(from, edge);
  const end = from + head.replace(TRAILING_ADVERBS, '').length;
  let found: string | null = null;
  for (const match of head.matchAll(THE)) {
    const roleStart = from + match.index + match[0].length;
    if (from + match.index < end && titleEnd(text, tokens, roleStart, end) === end && CLAUSE_START.test(text.slice(from, from + match.index))) found = text.slice(roleStart, end);
  }
  return found;
}

/** The title in `the <title>` right at `from`, when the clause ends after it (`stated the President of Arlen.`). */
export function titleStartingAt(text: string, tokens: readonly Token[], from: number): string | null {
  const opener = /^\s*the\s+/iu.exec(text.slice(from));
  if (!opener) return null;
  const roleStart = from + opener[0].length;
  const end = titleEnd(text, tokens, roleStart);
  return end !== null && CLAUSE_END.test(text.slice(end)) ? text.slice(roleStart, end) : null;
}

/** The title of a clause that opens with `the <title>’s` (`The judge’s best line …`). */
export function possessiveTitle(clause: string): string | null {
  const match = POSSESSIVE_TITLE.exec(clause);
  return match?.[1] && match[2] && isRoleNoun(match[2]) ? match[1] : null;
}

/** The one person the article's role claims give `title`, or null when none or several hold it. */
export function resolveTitle(title: string, roles: readonly Claim<'role'>[]): string | null {
  const wanted = parse(title);
  const names = wanted.names.filter((name) => !isRoleNoun(name) && !isRoleQualifier(name));
  const holders = new Set<string>();
  for (const role of roles) {
    const held = parse(role.value.role);
    if (held.office !== wanted.office || !sameSet(held.changers, wanted.changers)) continue;
    if (![...wanted.portfolios].every((word) => held.words.includes(word))) continue;
    if (!names.every((name) => role.sentence.text.includes(name))) continue;
    holders.add(role.value.person);
  }
  const [only] = holders;
  return holders.size === 1 && only !== undefined ? only : null;
}

interface Parsed {
  office: string;
  words: string[];
  portfolios: Set<string>;
  changers: Set<string>;
  /** Capitalized words as written (`Arlen`, `Arlenian`). */
  names: string[];
}

function parse(title: string): Parsed {
  const names = [...title.matchAll(/\p{Lu}[\p{L}-]+/gu)].map((match) => match[0]);
  let text = ` ${title.toLowerCase().replace(/['’]s\b/gu, '').replace(/[^\p{L}\s-]/gu, ' ').replace(/\s+/gu, ' ')} `;
  for (const [phrase, office] of OFFICE_SYNONYMS) text = text.replaceAll(` ${phrase} `, ` ${office} `);
  const words = text.trim().split(' ').filter((word) => word && word !== 'the' && word !== 'a' && word !== 'an');
  const head = words.slice(0, words.includes('of') ? words.indexOf('of') : words.length);
  const lastTwo = head.slice(-2).join(' ');
  const office = TWO_WORD_OFFICES.has(lastTwo) ? lastTwo : (head[head.length - 1] ?? '');
  const others = words.filter((word) => !office.split(' ').includes(word));
  return {
    office,
    words,
    portfolios: new Set(others.filter((word) => PORTFOLIOS.has(word))),
    changers: new Set(others.filter((word) => ROLE_CHANGERS.has(word))),
    names,
  };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
