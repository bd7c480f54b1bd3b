/**
 * Titles given by a verb (`becomes deputy prime minister and minister of agriculture`,
 * `who is set to become foreign minister`): one or more title phrases, each with its offsets.
 */
import { HOLDING_PHRASES, PROSPECTIVE_PHRASES, PROSPECTIVE_WORDS, TAKING_PHRASES } from '../../lexicon/titles.js';
import type { Token } from '../entities/tokens.js';
import { firstFrom } from './names.js';
import { isRoleNoun, titleEnd } from './title-phrase.js';

/** A title phrase: offsets into the text, and the role as the claim states it. */
export interface TitleSpan {
  start: number;
  end: number;
  role: string;
}

const phrases = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|');

/** A verb phrase that gives a title: group 1 prospective (`is set to become`), group 2 present (`becomes`, `will remain`). */
export const TITLE_VERB = `(?:(${phrases(PROSPECTIVE_PHRASES)})|(${phrases([...TAKING_PHRASES, ...HOLDING_PHRASES])}))`;

const THE = /^(?:the|a|an)\s+/iu;

/**
 * The titles that start at offset `from` (after an optional article), split at `and` where a
 * second title follows a title noun; `prospective` marks them as titles to come (`future …`).
 */
export function titlesAt(text: string, tokens: readonly Token[], from: number, prospective: boolean): TitleSpan[] {
  const start = from + (THE.exec(text.slice(from))?.[0].length ?? 0);
  const end = titleEnd(text, tokens, start);
  if (end === null) return [];
  const spans: TitleSpan[] = [];
  let first = start;
  for (let i = firstFrom(tokens, start); i < tokens.length && (tokens[i] as Token).end <= end; i++) {
    const and = tokens[i] as Token;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // `deputy prime minister and minister of agriculture`, but not `Minister of Transport and Communications`.
    if (and.text !== 'and' || !before || !after || !isRoleNoun(before.text) || titleEnd(text, tokens, after.start, end) === null) continue;
    spans.push(span(text, first, before.end, prospective));
    first = after.start;
  }
  spans.push(span(text, first, end, prospective));
  return spans;
}

function span(text: string, start: number, end: number, prospective: boolean): TitleSpan {
  const role = text.slice(start, end);
  const marked = PROSPECTIVE_WORDS.has(role.split(/\s+/)[0]?.toLowerCase() ?? '');
  return { start, end, role: prospective && !marked ? `future ${role}` : role };
}
