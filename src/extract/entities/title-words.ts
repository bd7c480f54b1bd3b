/** Titles around capitalized words: which tokens belong to a title, and whether one follows or precedes a segment. */
import { ABBREVIATED_TITLES, HONORIFICS, OCCUPATION_NOUNS, RANK_GRADES, TITLE_MODIFIERS, TITLE_NOUNS, TITLE_SUFFIXES } from '../../lexicon/titles.js';
import { isCapital, spaceBetween, type Token } from './tokens.js';

// When every suffix starts with a hyphen, a word without one needs no search.
const HYPHENATED = TITLE_SUFFIXES.every((end) => end.startsWith('-'));

/** True for a title noun, honorific or abbreviated title, which a name may follow (`Mayor-elect` too). */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const suffix = !HYPHENATED || lower.includes('-') ? TITLE_SUFFIXES.find((end) => lower.endsWith(end)) : undefined;
  return TITLE_NOUNS.has(suffix ? lower.slice(0, -suffix.length) : lower) || HONORIFICS.has(lower) || ABBREVIATED_TITLES.has(lower);
}

/** True for a title that comes before a name and may end with a period (`Dr.`, `Mrs.`, `Lt.`). */
export function isShortTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || ABBREVIATED_TITLES.has(lower);
}

/**
 * True when token `i` belongs to a title: a title noun, a modifier joined to one (`Defence
 * Minister`), or an occupation noun right after a capitalized title word (`Chief Executive`).
 */
export function inTitle(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (isTitleWord(token.text)) return true;
  const previous = tokens[i - 1];
  const lower = token.text.toLowerCase();
  // `Midshipman 3rd Class`: the grade of the rank before it.
  if (lower === 'class' && previous && RANK_GRADES.has(previous.text.toLowerCase()) && isTitleWord(tokens[i - 2]?.text ?? '')) return true;
  if (OCCUPATION_NOUNS.has(lower) && previous && isCapital(previous) && isTitleWord(previous.text) && !previous.possessive && spaceBetween(text, previous.after, token.start)) return true;
  const next = tokens[i + 1];
  return TITLE_MODIFIERS.has(lower) && next !== undefined && !token.possessive && spaceBetween(text, token.after, next.start) && inTitle(text, tokens, i + 1);
}

/**
 * True when a title and then a name start at token `i`, joined to the token before it
 * (`… leader Teodor Halas`, `… chief executive Tomas Hradek`); a title word alone may be a verb (`head`).
 */
export function titleFollows(text: string, tokens: readonly Token[], i: number): boolean {
  let titled = false;
  for (let k = i; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const previous = tokens[k - 1];
    if (!previous || previous.possessive || !spaceBetween(text, previous.after, token.start)) return false;
    const lower = token.text.toLowerCase();
    if (isTitleWord(token.text) || (titled && OCCUPATION_NOUNS.has(lower))) titled = true;
    else if (TITLE_MODIFIERS.has(lower)) continue;
    else return titled && isCapital(token);
  }
  return false;
}

/**
 * True when token `i` follows a capitalized title and `of` or `for` (`Secretary of State Ann Lee`,
 * `Commissioner for Trade Ann Lee`); only without an article: `editor of the Harbour Gazette` names no one.
 */
export function followsTitleOf(text: string, tokens: readonly Token[], i: number): boolean {
  const title = tokens[i - 2];
  const of = tokens[i - 1]?.text;
  return (of === 'of' || of === 'for') && title !== undefined && isCapital(title) && inTitle(text, tokens, i - 2);
}
