/** Regex alternations of lexicon phrases, shared by every extractor that builds patterns from word lists. */

/** Escape a literal for use in a regex (with or without the `u` flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literals, longest first (`US$` before `$`, `Sept` before `Sep`); a space matches any run of spaces. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');
}
