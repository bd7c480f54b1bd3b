/** Quotes: words in quotation marks, with the speaker the source gives them to. */
import { fitAroundEllipses, isElidedExcerpt, isExcerpt, joinCompounds, quoteTokens } from './quote-words.js';
import { OVERLAP, SAME, type KindSpec, type Relation } from './spec.js';
import { wordChanges } from './word-changes.js';
import { personKey, shorten } from './words.js';

/** Words attributed to somebody. */
export interface QuoteValue {
  /** Full name as the source gives it, or null when nobody is named. */
  speaker: string | null;
  /** The quoted words, without the quotation marks. */
  words: string;
}

/** A quote is shown this long in reasons and values. */
const QUOTE_CHARS = 60;

function compare(a: QuoteValue, b: QuoteValue): Relation {
  if (a.speaker && b.speaker && personKey(a.speaker) !== personKey(b.speaker)) return { relation: 'incompatible', why: `attributed to ${a.speaker} and to ${b.speaker}` };
  const [ta, tb] = joinCompounds(quoteTokens(a.words), quoteTokens(b.words));
  if (ta.join(' ') === tb.join(' ')) return { relation: 'equal', why: a.words === b.words ? 'same words' : 'same words, typography differs' };
  if (isExcerpt(ta, tb) || isExcerpt(tb, ta) || isElidedExcerpt(a.words, tb) || isElidedExcerpt(b.words, ta) || fitAroundEllipses(a.words, b.words)) return { relation: 'compatible', why: 'one quote is an excerpt of the other' };
  return { relation: 'incompatible', why: `the quoted words differ: ${wordChanges(ta, tb)}` };
}

/** One remark: the same words, or an excerpt of the other's (whoever each source gives them to). */
function closeness(a: QuoteValue, b: QuoteValue): number {
  const relation = compare({ ...a, speaker: null }, { ...b, speaker: null }).relation;
  return relation === 'equal' ? SAME : relation === 'compatible' ? OVERLAP : 0;
}

/** Quotes are matched by their words: the same remark, whoever each source gives it to. */
export const quote: KindSpec<QuoteValue> = {
  label: 'Quote',
  unit: () => '',
  noun: () => '',
  subject: (value) => value.speaker ?? 'unattributed',
  closeness: (a, b) => closeness(a.value, b.value),
  compare: (a, b) => compare(a.value, b.value),
  describe: (value) => `“${shorten(value.words, QUOTE_CHARS)}”${value.speaker ? ` (${value.speaker})` : ''}`,
  cell: (value) => (value.speaker ? `said by ${value.speaker}` : 'no speaker named'),
  align: {
    threshold: 0.5,
    keys: 8,
    prior: () => 0,
    unitKey: false,
    unitVouches: false,
    words: (value, contentWords) => new Map(contentWords(value.words).map((word) => [word, 1])),
  },
};
