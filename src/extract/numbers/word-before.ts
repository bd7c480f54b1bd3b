/** The word before a figure, which decides many readings (`Oct. 4` is a date, `for a year` a length). */

const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/** The lowercase word just before `index` in `text` (`Oct. 4` → `oct`), within 24 characters, or an empty string. */
export function wordBefore(text: string, index: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, index - 24), index))?.[1]?.toLowerCase() ?? '';
}
