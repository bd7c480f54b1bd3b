/** Cutting a sentence's capitalized words into candidate names, each with the cues around it. */
import { CALENDAR_WORDS, NAME_CONNECTORS, ORGANIZATION_CUES, SENTENCE_STARTERS } from '../../lexicon/gazetteer.js';
import { followsTitleOf, inTitle, isShortTitle, isTitleWord, titleFollows } from './title-words.js';
import { isCapital, isSystem, spaceBetween, type Token } from './tokens.js';
import { ARTICLES } from '../../lexicon/stopwords.js';

/** A run of capitalized tokens that may name one thing. */
export interface Segment {
  tokens: Token[];
  /** Index in the sentence's tokens of the first token. */
  first: number;
  /** True when a title or honorific stands right before it (`spokeswoman Oana Lungescu`). */
  afterTitle: boolean;
  /** True when it follows `title of (the)`: an office then a name (`Secretary of State Ann Lee`). */
  afterTitleOf: boolean;
  /** True when a title follows right after it (`Northline Rail chief executive`): it names a body, not a person. */
  beforeTitle: boolean;
  /** True when an article stood right before it (`the West`, `The Big Conversation`). */
  afterArticle: boolean;
  /** True when it opens the sentence or a quotation, where capitals prove nothing. */
  initial: boolean;
}

const CONTRACTION = /['’]\p{Ll}/u;
const OPENING_QUOTE = /[“«„‘]|"(?=\S*$)/;
// The period and space after a short title (`Dr. Ann Lee`) join it to the name.
const SHORT_GAP = /^\.\s+$/u;
const INITIAL = /^\p{Lu}$/u;
// Speech verbs after which a month or a modal is a surname (`May said`).
const SURNAME_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/** Cut the tokens of `text` into segments: capitalized runs split at titles, starters and systems. */
export function segmentsOf(text: string, tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  // The word that may be an article before the next one (`the West`); lowercased only when a segment starts.
  let article: string | null = null;
  let opening = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    // Most words are one space apart: no quote there, and joined unless the previous word owns.
    const gap = previous === undefined ? '' : text.slice(previous.after, token.start);
    const short = previous !== undefined && (isShortTitle(previous.text) || (INITIAL.test(previous.text) && isCapital(previous) && ends(segments, previous)));
    const joined = previous !== undefined && !previous.possessive && (gap === ' ' || spaceBetween(text, previous.after, token.start) || (SHORT_GAP.test(gap) && short));
    // Capitals prove nothing at the start of a sentence or quotation, even after `The`, `However`.
    const starts = !previous || (gap !== ' ' && OPENING_QUOTE.test(gap));
    opening = starts || (opening && previous !== undefined && SENTENCE_STARTERS.has(previous.text.toLowerCase()));
    const capital = isCapital(token);
    if (!joined || !capital) current = null;
    // `Robert L. Sumwalt`: a middle initial and its period stay inside the name.
    const initial = joined && previous !== undefined && ends(segments, previous) && INITIAL.test(token.text) && SHORT_GAP.test(text.slice(token.after, tokens[i + 1]?.start)) && isCapital(tokens[i + 1] ?? token);
    if (!capital || (token.text.length < 2 && !initial)) {
      article = token.text;
      continue;
    }
    const lower = token.text.toLowerCase();
    // After `Mrs` or `Dr.` a month or a modal is a surname (`Mrs May`); so it is after a given
    // name when a lowercase word follows (`Theresa May has`), and before a speech verb (`May said`).
    const next = tokens[i + 1]?.text ?? '';
    const surname = joined && previous !== undefined && isShortTitle(previous.text);
    const calendarName = (joined && current !== null && /^\p{Ll}/u.test(next)) || SURNAME_VERBS.has(next);
    const common = !surname && (CALENDAR_WORDS.has(lower) ? !calendarName : SENTENCE_STARTERS.has(lower));
    if (((token.text.includes("'") || token.text.includes('’')) && CONTRACTION.test(token.text)) || inTitle(text, tokens, i) || common || isSystem(token)) {
      article = token.text;
      current = null;
      continue;
    }
    if (!current) {
      current = {
        tokens: [],
        first: i,
        afterTitle: previous !== undefined && joined && isTitleWord(previous.text),
        afterTitleOf: followsTitleOf(text, tokens, i),
        afterArticle: article !== null && ARTICLES.has(article.toLowerCase()) && joined,
        initial: opening,
        beforeTitle: false,
      };
      segments.push(current);
    }
    current.tokens.push(token);
    current.beforeTitle = titleFollows(text, tokens, i + 1);
    article = null;
  }
  return mergeConnected(text, tokens, segments);
}

/** True when `token` ends the last segment so far. */
function ends(segments: readonly Segment[], token: Token): boolean {
  const last = segments[segments.length - 1]?.tokens;
  return last?.[last.length - 1] === token;
}

/** Join `Ministry of Defence`, `Military and Technical Cooperation Service` into one segment. */
function mergeConnected(text: string, tokens: readonly Token[], segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const before = merged[merged.length - 1];
    if (before && connected(text, tokens, before, segment)) {
      before.tokens.push(...segment.tokens);
      before.beforeTitle = segment.beforeTitle;
    } else merged.push(segment);
  }
  return merged;
}

function connected(text: string, tokens: readonly Token[], a: Segment, b: Segment): boolean {
  const last = a.tokens[a.tokens.length - 1];
  if (!last) return false;
  const between = tokens.slice(tokens.indexOf(last) + 1, b.first);
  if (!between.length || between.length > 2) return false;
  if (!between.every((t) => NAME_CONNECTORS.has(t.text))) return false;
  const chain = [last, ...between, b.tokens[0]];
  for (let k = 1; k < chain.length; k++) {
    const left = chain[k - 1];
    const right = chain[k];
    if (!left || !right || left.possessive || !spaceBetween(text, left.after, right.start)) return false;
  }
  const cue = (token: Token) => ORGANIZATION_CUES.has(token.text.toLowerCase());
  // `Ministry of Defence` joins on `of`; `the European Union and the US` must not join on `and`.
  return b.tokens.some(cue) || (cue(last) && between[0]?.text !== 'and');
}
