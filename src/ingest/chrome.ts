/** Finding the headline and the site chrome in a plain-text article. */
import { BOILERPLATE_LINES, BOILERPLATE_STARTS, BOILERPLATE_TAIL } from '../lexicon/boilerplate.js';
import type { Span } from '../model.js';

/** A non-empty line of text, trimmed, with its offsets. */
export interface Line extends Span {
  text: string;
}

/** The non-empty lines of `text` from offset `from`, trimmed, with their spans. */
export function linesOf(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) lines.push({ start: match.index + lead, end: match.index + lead + body.length, text: body });
  }
  return lines;
}

/** True when a line is site chrome rather than reporting. */
export function isBoilerplate(line: string): boolean {
  const lower = line.toLowerCase();
  return BOILERPLATE_STARTS.some((phrase) => startsWithWord(lower, phrase)) || BOILERPLATE_LINES.some((re) => re.test(line));
}

/** True when a line opens a tail of links to other stories. */
export function opensTail(line: string): boolean {
  const lower = line.toLowerCase().replace(/[:.]$/, '');
  return BOILERPLATE_TAIL.some((phrase) => lower === phrase || (startsWithWord(lower, phrase) && lower.split(/\s+/).length <= 5));
}

/** The spans of chrome among `lines`: chrome lines, and everything from a tail opener on. */
export function findBoilerplate(lines: readonly Line[]): Span[] {
  const spans: Span[] = [];
  for (const line of lines) {
    if (opensTail(line.text)) {
      const last = lines[lines.length - 1] ?? line;
      spans.push({ start: line.start, end: last.end });
      return spans;
    }
    if (isBoilerplate(line.text)) spans.push({ start: line.start, end: line.end });
  }
  return spans;
}

/**
 * The headline: the first line that is neither chrome nor too short to be a title (a
 * breadcrumb or a section label) nor a sentence of body text.
 */
export function findTitle(lines: readonly Line[]): Line | null {
  for (const line of lines.slice(0, 5)) {
    if (isBoilerplate(line.text) || opensTail(line.text)) continue;
    const words = line.text.split(/\s+/).length;
    if (words < 3) continue;
    return words <= 30 && !/[.]$/.test(line.text) ? line : null;
  }
  return null;
}

function startsWithWord(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const next = lower.charAt(phrase.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]$/u.test(phrase);
}
