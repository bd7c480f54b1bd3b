import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONORIFICS, TITLE_NOUNS, TITLE_SUFFIXES } from '../../../src/lexicon/titles.js';
import { isTitleWord } from '../../../src/extract/entities/title-words.js';
import { isCapital, isEvent, isSystem, spaceBetween, tokenize, type Token } from '../../../src/extract/entities/tokens.js';

// The general definitions the cheap tests in tokens.ts and title-words.ts stand in for.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const OWNS = /^[’'‘]s(?![\p{L}\p{N}])/u;
const SYSTEM = /^(?:\p{Lu}\p{L}{0,3}-\d+[\p{L}\d]*|\p{Lu}\p{Ll}+-\p{Lu}[\p{Lu}\d]{0,3})$/u;
const EVENT = /^\p{Lu}[\p{L}]+-(?:19|20)\d\d$/u;

function generalTokens(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0];
    let after = match.index + word.length;
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (OWNS.test(text.slice(after, after + 3))) {
      after += 2;
      possessive = true;
      WORD.lastIndex = after;
    }
    tokens.push({ start: match.index, end: match.index + word.length, after, text: word, possessive });
  }
  return tokens;
}

function generalTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const suffix = TITLE_SUFFIXES.find((end) => lower.endsWith(end));
  return TITLE_NOUNS.has(suffix ? lower.slice(0, -suffix.length) : lower) || HONORIFICS.has(lower);
}

// Words, codes, possessives and quotes of news text, with letters outside ASCII and the astral planes.
const piece = fc.oneof(
  fc.constantFrom('Mayor', 'mayor', '-elect', 'Dr', 'S', '-', '400', 's', "'s", '’s', '‘s', "'", '’', '‘', ' ', '  ', '\t', '\n', '\u00A0', '.', 'U.S.', 'Zapad', '2021', 'Su', '30SM', 'É', 'é', 'Ł', 'ǅ', '𝐀', '𝑎', '𐐀', 'İ', 'ß', '“', '”', 'x'),
  fc.string({ maxLength: 3, unit: 'binary' }),
);
const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
const token = (value: string): Token => ({ start: 0, end: value.length, after: value.length, text: value, possessive: false });

describe('the cheap tests of entity tokens', () => {
  it('tokenize gives what the general possessive tests give, for any text', () => {
    fc.assert(fc.property(text, (value) => JSON.stringify(tokenize(value)) === JSON.stringify(generalTokens(value))), { numRuns: 5000 });
  });

  it('isCapital, isSystem and isEvent agree with their patterns, for any word', () => {
    fc.assert(
      fc.property(text, (value) => isCapital(token(value)) === /^\p{Lu}/u.test(value) && isSystem(token(value)) === (SYSTEM.test(value) && !EVENT.test(value)) && isEvent(token(value)) === EVENT.test(value)),
      { numRuns: 5000 },
    );
  });

  it('spaceBetween agrees with a white-space pattern, for any span', () => {
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(20), (value, from, to) => spaceBetween(value, from, to) === (to > from && /^\s+$/.test(value.slice(from, to)))),
      { numRuns: 5000 },
    );
  });

  it('isTitleWord agrees with the search of every suffix, for any word', () => {
    fc.assert(fc.property(text, (value) => isTitleWord(value) === generalTitleWord(value)), { numRuns: 3000 });
    expect([isTitleWord('Mayor-elect'), isTitleWord('Minister-designate'), isTitleWord('Mayoral')]).toEqual([true, true, false]);
  });

  it('keeps possessives and codes whole as before', () => {
    expect(tokenize('Dronov’s S-400s and the mayor‘s car').map(({ text: word, possessive }) => [word, possessive])).toEqual([
      ['Dronov', true],
      ['S-400s', false],
      ['and', false],
      ['the', false],
      ['mayor', true],
      ['car', false],
    ]);
  });
});
