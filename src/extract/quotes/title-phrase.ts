/**
 * Finding a title phrase next to a name: walking left from a name (`Port authority chief
 * executive Dana Whitlock`) or right from an apposition (`general secretary of the … Union`).
 */
import { CALENDAR_WORDS, NAME_CONNECTORS, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { SPEECH_VERBS } from '../../lexicon/speech.js';
import { ABBREVIATED_TITLES, OCCUPATION_NOUNS, ROLE_QUALIFIERS, TITLE_MODIFIERS, TITLE_NOUNS, TITLE_PHRASES, TITLE_PREFIXES, TITLE_SUFFIXES } from '../../lexicon/titles.js';
import { isCapital, type Token } from '../entities/tokens.js';
import { firstFrom } from './names.js';
import { ARTICLES } from '../../lexicon/stopwords.js';

const LINKS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'at']);
const PLURAL_OWNER = /^['’]\s+$/;
const SHORT_RANK_GAP = /^\.\s+$/;
const NUMBER = /^\p{N}/u;
// `the 3rd Fleet`, `the Save the 8th group`: an ordinal names the body, a count or year ends it.
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;
// `the head of the agency said …`: a speech verb ends the organisation's name.
const SPEECH_WORDS: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((verb) => !verb.includes(' ')));
// Words after `of`/`at` that may still belong to the organisation named there.
const MAX_TAIL = 8;

/** True for a title or occupation noun (`mayor`, `superintendent`, `driver`, `mayor-elect`, `co-director`). */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const suffix = TITLE_SUFFIXES.find((end) => lower.endsWith(end));
  const prefix = TITLE_PREFIXES.find((start) => lower.startsWith(start));
  const noun = lower.slice(prefix?.length ?? 0, suffix ? -suffix.length : undefined);
  return TITLE_NOUNS.has(noun) || OCCUPATION_NOUNS.has(noun);
}

/** True for a word that may stand inside a title before its noun (`deputy`, `police`, `port`). */
export function isRoleQualifier(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_MODIFIERS.has(lower) || ROLE_QUALIFIERS.has(lower);
}

const PHRASE_END = new RegExp(`(?<![\\p{L}-])(?:${TITLE_PHRASES.map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|')})$`, 'iu');

/** Where a title of several words (`head of government`, `drill operator`) ending at offset `end` starts, or null. */
function phraseEndingAt(text: string, end: number): number | null {
  const match = PHRASE_END.exec(text.slice(Math.max(0, end - 40), end));
  return match ? end - match[0].length : null;
}

// Only whitespace joins the words of a title, or a plural owner's `’` as in `Dockworkers’ Union`,
// or the period of a short rank (`police Lt. Ada Brook`).
function joined(text: string, left: Token, to: number): boolean {
  const gap = text.slice(left.after, to);
  return to > left.after && (/^\s+$/.test(gap) || (/s$/i.test(left.text) && !left.possessive && PLURAL_OWNER.test(gap)) || (SHORT_RANK_GAP.test(gap) && isShortRank(left.text)));
}

function isShortRank(word: string): boolean {
  return ABBREVIATED_TITLES.has(word.toLowerCase());
}

/**
 * Where a title phrase ending right before offset `edge` starts: walk left over an organisation
 * (`of the … Service`), a title noun, then its modifiers, qualifiers and capitalized owners.
 * With `tight`, the first word must end exactly at `edge` (a comma follows it). Null without a title noun.
 */
export function titleStart(text: string, tokens: readonly Token[], edge: number, tight = false): number | null {
  let next = edge;
  let start: number | null = null;
  let titled = false;
  for (let i = firstFrom(tokens, edge) - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    const fits = next === edge && tight ? token.after === edge : joined(text, token, next);
    if (!fits) break;
    const lower = token.text.toLowerCase();
    const phrase = titled || token.possessive ? null : phraseEndingAt(text, token.end);
    if (phrase !== null) {
      // `Head of government Ilona Marek`: the whole phrase is the title noun.
      titled = true;
      start = next = phrase;
      i = firstFrom(tokens, phrase);
      continue;
    }
    if ((isRoleNoun(lower) || (isShortRank(lower) && isCapital(token))) && (titled || !token.possessive)) {
      titled = true;
      start = token.start;
    } else if (titled && isRoleQualifier(lower) && !token.possessive) {
      start = token.start;
    } else if (isCapital(token) && !SENTENCE_STARTERS.has(lower) && !CALENDAR_WORDS.has(lower)) {
      if (titled) start = token.start;
    } else if (titled && lower === 'and' && isRoleNoun(tokens[i - 1]?.text ?? '') && !ARTICLES.has(tokens[i - 2]?.text.toLowerCase() ?? '')) {
      // `Norvik chairman and co-founder Ada Brook`: two titles of one person; `the mayor and …` may be two people.
    } else if (titled || !NAME_CONNECTORS.has(lower)) {
      break;
    }
    next = token.start;
  }
  return titled ? start : null;
}

/**
 * Where a title phrase starting at offset `roleStart` ends: qualifiers and owners (`Halvern's`),
 * a title noun, then `of`/`at` and the organisation; no further than offset `limit`. `loose` lowercase
 * words of any kind may stand before the title noun (`flood protection chief`). Null without a title noun.
 */
export function titleEnd(text: string, tokens: readonly Token[], roleStart: number, limit = text.length, loose = 0): number | null {
  let unknown = loose;
  let end: number | null = null;
  let titled = false;
  let tail = -1;
  let capitalized = false;
  let previous: Token | null = null;
  for (let i = firstFrom(tokens, roleStart); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.end > limit || (previous && !joined(text, previous, token.start))) break;
    const lower = token.text.toLowerCase();
    if (tail >= 0) {
      // `CEO of Norvik and report to …`: after a body named in capitals, `and` before a lowercase word
      // that is no title word joins a verb; `director of science and robotic exploration` names no body.
      if (lower === 'and' && capitalized && continuesClause(tokens[i + 1])) break;
      capitalized ||= isCapital(token);
      if (!LINKS.has(lower)) {
        if ((SENTENCE_STARTERS.has(lower) && !isCapital(token)) || CALENDAR_WORDS.has(lower) || SPEECH_WORDS.has(lower) || (NUMBER.test(lower) && !ORDINAL.test(lower)) || ++tail > MAX_TAIL) break;
        end = token.end;
      }
    } else if (token.possessive) {
      // `the rover's manager`: after `the`, a lowercase owner spends one of the loose words.
      if (!isCapital(token) && !isRoleNoun(lower) && (titled || unknown-- <= 0)) break;
    } else if (isRoleNoun(lower) || phraseEndingAt(text, token.end) !== null) {
      titled = true;
      end = token.end;
    } else if (isCapital(token) && !SENTENCE_STARTERS.has(lower) && !CALENDAR_WORDS.has(lower)) {
      if (titled) end = token.end;
    } else if (titled && LINKS.has(lower)) {
      tail = 0;
    } else if (!isRoleQualifier(lower)) {
      if (titled || unknown <= 0 || SENTENCE_STARTERS.has(lower) || NUMBER.test(lower)) break;
      unknown--;
    }
    previous = token;
  }
  return titled ? end : null;
}

function continuesClause(next: Token | undefined): boolean {
  return next !== undefined && !isCapital(next) && !isRoleNoun(next.text) && !isRoleQualifier(next.text);
}
