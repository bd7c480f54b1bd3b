/** The word before a figure, which decides many readings (`Oct. 4` is a date, `for a year` a length). */

const SPACE = /\s/u;
const LETTER = /\p{L}/u;

/**
 * The lowercase word just before `index` in `text` (`Oct. 4` → `oct`), or an empty string: what
 * `/(\p{L}+)\.?\s+$/u` captures in the 24 characters before `index`, read backwards (the pattern
 * would try every start).
 */
export function wordBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - 24), index);
  let end = window.length;
  while (end > 0 && isSpace(window.charAt(end - 1))) end--;
  if (end === window.length) return '';
  if (window.charAt(end - 1) === '.') end--;
  let start = end;
  for (let width = letterWidth(window, start); width > 0; width = letterWidth(window, start)) start -= width;
  return window.slice(start, end).toLowerCase();
}

function isSpace(char: string): boolean {
  return char === ' ' || SPACE.test(char);
}

// The length of the letter (one or two code units) ending at `end`, or 0.
function letterWidth(text: string, end: number): number {
  if (end === 0) return 0;
  const code = text.charCodeAt(end - 1);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 1;
  const width = code >= 0xdc00 && code <= 0xdfff && end > 1 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return LETTER.test(text.slice(end - width, end)) ? width : 0;
}
