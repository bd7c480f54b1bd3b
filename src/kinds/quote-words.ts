/** Quote comparison: words normalized for typography and spelling, excerpts, word diffs. */
import { diffArrays } from 'diff';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { SPELLING } from '../lexicon/spelling.js';

const ELLIPSIS = /…|\.\s?\.\s?\./;
const TOKEN = /[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*/gu;

/**
 * The words of a quote, lowercased, apostrophes straightened, contractions spelt out, spelling
 * made American, numbers below a hundred in digits, `%` and `per cent` as `percent`, hyphenated
 * words closed up (`team-mates` is `teammates`): two renderings of one remark differ only in words.
 */
export function quoteTokens(words: string): string[] {
  const spelt = words.replace(PERCENT, ' percent').replace(HYPHEN, '');
  return [...spelt.matchAll(TOKEN)].flatMap((m) => {
    const lower = m[0].toLowerCase().replace(/[’‘]/g, "'");
    return expand(lower).map((word) => NUMBERS.get(word) ?? SPELLING.get(word) ?? word.replace(/isation(s?)$/, 'ization$1'));
  });
}

/**
 * Two renderings' tokens with compounds written apart in one and closed up in the other joined:
 * `ill will` (or `ill-will`, closed up by `quoteTokens`) and `illwill`, `health care` and `healthcare`.
 */
export function joinCompounds(a: readonly string[], b: readonly string[]): [string[], string[]] {
  const joinedA = joinIn(a, new Set(b));
  return [joinedA, joinIn(b, new Set(joinedA))];
}

function joinIn(tokens: readonly string[], closed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [word, next] = [tokens[i] as string, tokens[i + 1]];
    if (next !== undefined && closed.has(word + next)) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}

const PERCENT = /\s?%|\s+per\s+cent\b/giu;
const HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;
const NUMBERS: ReadonlyMap<string, string> = new Map(Object.entries(NUMBER_WORDS).map(([word, value]) => [word, String(value)]));

/** Contractions are spelling, not a change of words: `it's` is `it is`, `won't` is `will not`. */
const CONTRACTED: Readonly<Record<string, string>> = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' };
const IRREGULAR: Readonly<Record<string, string[]>> = { "won't": ['will', 'not'], "can't": ['can', 'not'], cannot: ['can', 'not'], "shan't": ['shall', 'not'] };
// `'s` is `is` after these; after a name it owns (`Bale's`).
const IS_BEFORE = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'this', 'let']);

function expand(word: string): string[] {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const suffix = /(n't|'re|'ve|'ll|'d|'m|'s)$/.exec(word)?.[1];
  if (!suffix) return [word];
  const stem = word.slice(0, -suffix.length);
  if (suffix === "'s") return IS_BEFORE.has(stem) ? [stem, stem === 'let' ? 'us' : 'is'] : [word];
  return [stem, CONTRACTED[suffix] as string];
}

/** True when `part` occurs in `whole` as one contiguous run of words. */
export function isExcerpt(part: readonly string[], whole: readonly string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when every piece of `quote` between ellipses occurs in `whole`, in order: a quote
 * shortened with `…` but not otherwise changed.
 */
export function isElidedExcerpt(quote: string, whole: readonly string[]): boolean {
  const pieces = quote.split(ELLIPSIS).map(quoteTokens).filter((p) => p.length);
  if (pieces.length < 2) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = indexOfRun(piece, whole, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

function indexOfRun(part: readonly string[], whole: readonly string[], from: number): number {
  for (let i = from; i + part.length <= whole.length; i++) {
    if (part.every((word, j) => whole[i + j] === word)) return i;
  }
  return -1;
}

/** Stands for an ellipsis among a quote's tokens. */
const GAP = '…';

/** A quote's tokens with `GAP` where it has an ellipsis. */
function tokensWithGaps(words: string): string[] {
  return words.split(ELLIPSIS).flatMap((piece, i) => (i ? [GAP, ...quoteTokens(piece)] : quoteTokens(piece)));
}

/**
 * True when two quotes, one of them at least shortened with `…`, can be excerpts of one remark:
 * every place where their words differ is a cut at either end (one quote starts later or stops
 * earlier) or lies at an ellipsis, where the words left out are unknown.
 */
export function fitAroundEllipses(a: string, b: string): boolean {
  if (!ELLIPSIS.test(a) && !ELLIPSIS.test(b)) return false;
  const parts = diffArrays(tokensWithGaps(a), tokensWithGaps(b));
  const hunks: Array<{ onlyA: string[]; onlyB: string[]; edge: boolean }> = [];
  let common = 0;
  for (const [i, part] of parts.entries()) {
    if (!part.added && !part.removed) {
      common += part.value.filter((t) => t !== GAP).length;
      continue;
    }
    const previous = hunks[hunks.length - 1];
    const hunk = previous && (parts[i - 1]?.added || parts[i - 1]?.removed) ? previous : { onlyA: [], onlyB: [], edge: i === 0 };
    if (hunk !== previous) hunks.push(hunk);
    (part.removed ? hunk.onlyA : hunk.onlyB).push(...part.value);
    if (i === parts.length - 1) hunk.edge = true;
  }
  return common >= 3 && hunks.every(({ onlyA, onlyB, edge }) => onlyA.includes(GAP) || onlyB.includes(GAP) || (edge && (!onlyA.length || !onlyB.length)));
}
