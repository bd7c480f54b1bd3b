/**
 * chrono-node parsers whose case-insensitive patterns are spelled out in letter classes (`may` →
 * `[mM][aA][yY]`). Hand-written because V8 compiles chrono's large `i` patterns two to three
 * times slower than the same patterns without the flag (the `ago` pattern: about 50 ms against
 * 16, paid on first use by every run); the matches are the same (see `expandCase`).
 */
import type { Parser } from 'chrono-node';

// Escapes kept as they are: classes such as `\s` or `\W` (the same with or without `i` when `u` is off) and word boundaries.
const CLASS_ESCAPE = /^[sSwWdDbB]$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII_LETTER = /^[A-Za-z]$/;

/**
 * The source of `pattern` without its `i` flag, each ASCII letter outside a class written as the
 * class of its two cases; null when the pattern has no `i` flag, has the `u` or `v` flag, or
 * holds something this rewrite does not cover (a letter in a class, a non-ASCII letter, a
 * backreference, a named group, a `\u` or `\p` escape). Without `u`, `i` lets an ASCII letter
 * match exactly its two cases: the spec never folds a character outside ASCII onto one inside.
 */
export function expandCase(pattern: RegExp): RegExp | null {
  if (!pattern.flags.includes('i') || /[uv]/.test(pattern.flags)) return null;
  const { source } = pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const escaped = source.charAt(i + 1);
      // Any other escaped letter or digit (`\u`, `\p`, `\1`) is out of scope; punctuation without case is kept.
      if (!CLASS_ESCAPE.test(escaped) && (LETTER_OR_DIGIT.test(escaped) || hasCase(escaped))) return null;
      out += c + escaped;
      i++;
    } else if (c === '(' && source.startsWith('(?<', i) && /[A-Za-z]/.test(source.charAt(i + 3))) {
      return null;
    } else if (ASCII_LETTER.test(c)) {
      if (inClass) return null;
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else if (hasCase(c)) {
      return null;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return new RegExp(out, pattern.flags.replace('i', ''));
}

function hasCase(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** `parser` matching through its case-expanded pattern, when `expandCase` covers it; else `parser` itself. */
export function caseExpanded(parser: Parser): Parser {
  let original: RegExp | null = null;
  let expanded: RegExp | null = null;
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      // chrono parsers keep one pattern object: expand it once.
      if (pattern !== original) [original, expanded] = [pattern, expandCase(pattern)];
      return expanded ?? pattern;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
