/**
 * Refiner: a quotation of several sentences is one claim per sentence. Outlets quote a statement
 * in different cuts (all of it, two sentences, one), and sentence by sentence each source's
 * rendering of one remark can meet the others.
 */
import type { AnyClaim, Claim } from '../../model.js';
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import type { Refiner } from '../types.js';

const MARKS = /^[\s“”„«»"‘’']+|[\s“”„«»"‘’',]+$/gu;
// A sentence end inside the quotation: `.`, `!`, `?` or `…`, a closing mark maybe, space, then a capital.
const SENTENCE_END = /(?<=[.!?…]["”’]?)\s+(?=["“‘]?\p{Lu})/gu;
const WORD_BEFORE_DOT = /(\p{L}+)\.["”’]?$/u;
// A piece this short is a fragment, not a sentence of the remark: it stays with the one before.
const MIN_WORDS = 4;

/** Split each quote claim of several sentences into one claim per sentence, speaker kept. */
export const splitQuotes: Refiner = (claims) => claims.flatMap((claim) => (claim.kind === 'quote' ? split(claim) : [claim]));

function split(claim: Claim<'quote'>): AnyClaim[] {
  const spans = sentencesOf(claim.text);
  const pieces: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = pieces[pieces.length - 1];
    const words = claim.text.slice(span.start, span.end).replace(MARKS, '').split(/\s+/).filter(Boolean).length;
    if (last && words < MIN_WORDS) last.end = span.end;
    else pieces.push({ ...span });
  }
  if (pieces.length < 2) return [claim];
  return pieces.map(({ start, end }): Claim<'quote'> => {
    const text = claim.text.slice(start, end);
    return { ...claim, start: claim.start + start, end: claim.start + end, text, value: { ...claim.value, words: text.replace(MARKS, '') } };
  });
}

/** The sentences of a quotation, cut at sentence ends that are no abbreviation (`Mr.`, `J.`). */
function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const gap of text.matchAll(SENTENCE_END)) {
    const word = WORD_BEFORE_DOT.exec(text.slice(start, gap.index))?.[1];
    if (word && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    spans.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}
