/**
 * A claim in a window of its sentence: the JSON report's `sentence`. Report size must grow with
 * the number of claims, not with claims × sentence length, so a long sentence is cut around the
 * claim, at word boundaries, and each cut is marked with `…`.
 */
import type { AnyClaim } from '../model.js';

/** A sentence up to this long is given whole. */
export const SENTENCE_CHARS = 400;

/** Of a longer sentence, the most characters kept on each side of the claim. */
export const WINDOW_CHARS = 150;

/** The claim's sentence when it is short, else the claim with at most `WINDOW_CHARS` of it on each side, cuts marked with `…`. */
export function sentenceWindow(claim: AnyClaim, room = WINDOW_CHARS): string {
  const { sentence } = claim;
  if (sentence.text.length <= SENTENCE_CHARS) return sentence.text;
  const before = sentence.text.slice(0, claim.start - sentence.start);
  const after = sentence.text.slice(claim.end - sentence.start);
  return `${keepEnd(before, room)}${claim.text}${keepStart(after, room)}`;
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
