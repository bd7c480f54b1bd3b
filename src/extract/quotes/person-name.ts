/**
 * The names a role may belong to: person mentions cut down to the person's own two to four words
 * (particles such as `van`, `de`, `al-` allowed), without titles, and not a place or organisation.
 */
import { CALENDAR_WORDS, EVENT_CUES, NAME_PARTICLES, ORGANIZATION_CUES, PLACE_CUES, PLACE_HEADS, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { HONORIFICS } from '../../lexicon/titles.js';
import type { Mention, Sentence } from '../../model.js';
import { lookup } from '../entities/classify.js';
import { isAcronym, isCapital, tokenize, type Token } from '../entities/tokens.js';
import type { Context, Found } from '../types.js';
import { firstFrom, personsIn } from './names.js';
import { isRoleNoun, isRoleQualifier } from './title-phrase.js';

/** A person's name in a sentence: offsets into the sentence text and the fullest form of the name. */
export interface Named {
  start: number;
  end: number;
  name: string;
}

const PARTICLES = [...NAME_PARTICLES].join('|');
const PREFIXED = new RegExp(`^(?:${PARTICLES})-\\p{Lu}`, 'u');
const PARTICLE_HINT = new RegExp(`\\p{Lu}\\p{Ll}+\\s+(?:(?:${PARTICLES})\\s+)+\\p{Lu}|\\b(?:${PARTICLES})-\\p{Lu}`, 'u');
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$|^\p{Lu}\.$/u;

/**
 * The sentence's tokens and the people it names, in order: person mentions, and names with
 * particles the chunker splits (read through `context.names`, which finds them once per sentence).
 */
export function findNames(sentence: Sentence, context: Context): { tokens: readonly Token[]; names: Named[] } {
  const persons = personsIn(context.mentions, sentence.start, sentence.end);
  const { text } = sentence;
  if (!persons.length && !PARTICLE_HINT.test(text)) return { tokens: [], names: [] };
  const tokens = context.tokens(sentence);
  const names: Named[] = [];
  for (const person of persons) {
    const span = ownWords(text, tokens, firstFrom(tokens, person.start - sentence.start), firstFrom(tokens, person.end - sentence.start) - 1);
    const named = span && toNamed(text, tokens, span, person, context);
    if (named) names.push(named);
  }
  // `Maria de Souza`, `Jan van der Berg`: the chunker sees two single words, so no person.
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    if (!isParticle(token) || !before || !opensName(before) || names.some((n) => n.start <= token.start && token.start < n.end)) return;
    let first = i - 1;
    for (let left = tokens[first - 1]; left && opensName(left) && /^\s+$/.test(text.slice(left.after, (tokens[first] as Token).start)); left = tokens[first - 1]) first--;
    const span = ownWords(text, tokens, first, i - 1);
    const named = span && toNamed(text, tokens, span, null, context);
    if (named) names.push(named);
  });
  return { tokens, names: names.sort((a, b) => a.start - b.start) };
}

/** Token indices of the person's own words: extended over particles, without leading titles. */
function ownWords(text: string, tokens: readonly Token[], first: number, last: number): [number, number] | null {
  for (let k = last + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (!/^\s+$/.test(text.slice((tokens[k - 1] as Token).after, token.start))) break;
    if (PREFIXED.test(token.text)) last = k;
    else if (NAME_PARTICLES.has(token.text)) continue;
    else if (isCapital(token) && k > last + 1) last = k;
    if (last !== k) break;
  }
  while (last > first && isTitleWord(tokens[first] as Token)) first++;
  // `Minister of … the Republic of Aldoria Ilse Varga`: the words after `of` end the organisation's name.
  if (tokens[first - 1]?.text === 'of' && capitals(tokens.slice(first, last + 1)) >= 3) first = last - 1;
  return first <= last && isName(tokens.slice(first, last + 1)) ? [first, last] : null;
}

function toNamed(text: string, tokens: readonly Token[], [first, last]: [number, number], mention: Mention | null, context: Context): Named | null {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  if (capitals(tokens.slice(first, last + 1)) >= 2) return { start, end, name: text.slice(start, end) };
  if (!mention) return null;
  const title = tokens[first - 1];
  // `Judge Salven` where the source never gives a first name: the surname after a capitalized title names the person.
  const titled = title !== undefined && isCapital(title) && isTitleWord(title) && /^\s+$/.test(text.slice(title.after, start));
  // `Mayor Santek`: a surname alone names the person the source named in full elsewhere.
  const full = tokenize(context.fullName(mention));
  const own = full.slice(Math.max(0, full.findIndex((word) => !isTitleWord(word))));
  if (capitals(own) < 2 || !isName(own) || own[own.length - 1]?.text !== tokens[last]?.text) return titled && first === last ? { start, end, name: text.slice(start, end) } : null;
  return { start, end, name: own.map((word) => word.text).join(' ') };
}

function isName(words: readonly Token[]): boolean {
  const count = capitals(words);
  if (count < 1 || count > 4 || PLACE_HEADS.has(words[0]?.text.toLowerCase() ?? '')) return false;
  return words.every((word) => {
    if (isParticle(word)) return true;
    const lower = word.text.toLowerCase();
    return NAME_WORD.test(word.text) && !isAcronym(word) && !lookup(word.text) && !ORGANIZATION_CUES.has(lower) && !PLACE_CUES.has(lower) && !EVENT_CUES.has(lower);
  });
}

function opensName(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return isCapital(token) && !token.possessive && !SENTENCE_STARTERS.has(lower) && !CALENDAR_WORDS.has(lower);
}

function capitals(words: readonly Token[]): number {
  return words.filter((word) => isCapital(word) || PREFIXED.test(word.text)).length;
}

function isParticle(token: Token): boolean {
  return NAME_PARTICLES.has(token.text) || PREFIXED.test(token.text);
}

function isTitleWord(token: Token): boolean {
  return isRoleNoun(token.text) || isRoleQualifier(token.text) || HONORIFICS.has(token.text.toLowerCase().replace(/\.$/, ''));
}

/**
 * Roles around the names of a sentence: `find` gives the roles written around one name. Only
 * sentences with a comma are read, as every role around a name is set off by one.
 */
export function rolesAroundNames(sentence: Sentence, context: Context, find: (named: Named, tokens: readonly Token[]) => Found<'role'>[]): Found<'role'>[] {
  if (!sentence.text.includes(',')) return [];
  const { tokens, names } = context.names(sentence);
  return names.flatMap((named) => find(named, tokens));
}
