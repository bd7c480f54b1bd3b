/**
 * A claim in a window of its sentence: the JSON report's `sentence`. Report size must grow with
 * the number of claims, not with claims × sentence length, so a long sentence is cut around the
 * claim, at word boundaries, and each cut is marked with `…`. Of a page (HTML), the window is of
 * the file's text, markup included, as the claim's `text` is.
 */
import type { AnyClaim, Source } from '../model.js';
import { fileSlice } from './positions.js';

/** A sentence up to this long is given whole. */
export const SENTENCE_CHARS = 400;

/** Of a longer sentence, the most characters kept on each side of the claim. */
export const WINDOW_CHARS = 150;

/** The claim's sentence when it is short, else the claim with at most `WINDOW_CHARS` of it on each side, cuts marked with `…`; of a page, `source`'s file text. */
export function sentenceWindow(claim: AnyClaim, source?: Source, room = WINDOW_CHARS): string {
  const { sentence } = claim;
  if (!source?.origin) return windowOf(sentence.text, claim.start - sentence.start, claim.end - sentence.start, room);
  const before = fileSlice(source, { start: sentence.start, end: claim.start });
  const text = fileSlice(source, claim);
  return windowOf(`${before}${text}${fileSlice(source, { start: claim.end, end: sentence.end })}`, before.length, before.length + text.length, room);
}

/** `text` when it is short, else its part `[from, to)` with at most `room` characters on each side. */
function windowOf(text: string, from: number, to: number, room: number): string {
  if (text.length <= SENTENCE_CHARS) return text;
  return `${keepEnd(text.slice(0, from), room)}${text.slice(from, to)}${keepStart(text.slice(to), room)}`;
}

/** The last `room` characters of `text`, from a word's start when one begins there, after `…`. */
function keepEnd(text: string, room: number): string {
  if (text.length <= room) return text;
  let cut = text.length - room;
  if (isLowSurrogate(text.charCodeAt(cut))) cut++;
  const space = text.slice(cut).search(/\s/);
  return `…${space >= 0 && space < room / 2 ? text.slice(cut + space + 1) : text.slice(cut)}`;
}

/** The first `room` characters of `text`, up to a word's end when one ends there, before `…`. */
function keepStart(text: string, room: number): string {
  if (text.length <= room) return text;
  let cut = room;
  if (isLowSurrogate(text.charCodeAt(cut))) cut--;
  const space = text.slice(0, cut).search(/\s\S*$/);
  return `${space > room / 2 ? text.slice(0, space) : text.slice(0, cut)}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
