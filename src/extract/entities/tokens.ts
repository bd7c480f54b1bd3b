/**
 * Word tokens with offsets. Hand-written because the chunker needs exact offsets, hyphenated
 * codes such as `S-400` or `editor-in-chief` kept whole, and possessives split off, which no
 * tokenizer on npm gives together.
 */

/** A word of a text, with offsets into that text. */
export interface Token {
  /** Offset of the first character. */
  start: number;
  /** Offset after the word, without a possessive `’s`. */
  end: number;
  /** Offset after the word and its possessive, when it has one. */
  after: number;
  text: string;
  /** True for `Russia’s`, `Golub‘s`: the word owns what follows. */
  possessive: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const OWNS = /^[’'‘]s(?![\p{L}\p{N}])/u;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const SYSTEM = /^(?:\p{Lu}\p{L}{0,3}-\d+[\p{L}\d]*|\p{Lu}\p{Ll}+-\p{Lu}[\p{Lu}\d]{0,3})$/u;
const EVENT = /^\p{Lu}[\p{L}]+-(?:19|20)\d\d$/u;
const POSSESSIVE = /^.+['’]s$/su;

/** Split `text` into word tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The `s` of a possessive written with another mark (`Golub‘s`) is no word of its own.
  let skipTo = 0;
  for (const match of text.matchAll(WORD)) {
    if (match.index < skipTo) continue;
    let word = match[0];
    let after = match.index + word.length;
    let possessive = false;
    if (word.length > 2 && POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (OWNS.test(text.slice(after, after + 3))) {
      after += 2;
      possessive = true;
      skipTo = after;
    }
    tokens.push({ start: match.index, end: match.index + word.length, after, text: word, possessive });
  }
  return tokens;
}

/** True when the token starts with a capital letter. */
export function isCapital(token: Token): boolean {
  return CAPITAL.test(token.text);
}

/** True for an all-capitals abbreviation such as `NATO` or `EU`. */
export function isAcronym(token: Token): boolean {
  return ACRONYM.test(token.text);
}

/** True for a weapon or vehicle designation such as `S-400`, `Su-30SM`, `Pantsir-S1`. */
export function isSystem(token: Token): boolean {
  return SYSTEM.test(token.text) && !EVENT.test(token.text);
}

/** True for a named event with its year, such as `Zapad-2021`. */
export function isEvent(token: Token): boolean {
  return EVENT.test(token.text);
}

/** The key of a system: lowercased, without a plural `s` (`S-400s` → `s-400`). */
export function systemKey(text: string): string {
  return text.replace(/(?<=[\d\p{Lu}])s$/u, '').toLowerCase();
}

/** True when only whitespace separates offset `from` and offset `to` of `text`. */
export function spaceBetween(text: string, from: number, to: number): boolean {
  return to > from && /^\s+$/.test(text.slice(from, to));
}
