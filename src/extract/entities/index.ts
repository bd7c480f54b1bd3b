/**
 * Entity mentions: people, organisations, places and named systems, found by a chunker of
 * capitalized words typed by cues (titles, speech verbs, cue words, a small gazetteer), since
 * no offline named-entity model serves on npm (DESIGN.md, "Libraries, measured").
 */
import type { Mention, Sentence, Source } from '../../model.js';
import { classify, type Candidate } from './classify.js';
import { segmentsOf } from './segments.js';
import { isCapital, isSystem, systemKey, type Token } from './tokens.js';

/** Find the entity mentions of a source's sentences, sorted by offset. */
export function findMentions(source: Source, sentences: readonly Sentence[], tokensOf: (sentence: Sentence) => readonly Token[]): Mention[] {
  const found: Array<{ sentence: Sentence; candidate: Candidate }> = [];
  // Body first: headlines are in title case, so their names count only when the body names them too.
  for (const heading of [false, true]) {
    for (const sentence of sentences) {
      if (sentence.heading !== heading) continue;
      for (const candidate of sentenceCandidates(sentence, tokensOf(sentence), heading)) found.push({ sentence, candidate });
    }
  }
  const known = new Map<string, Candidate['type']>();
  for (const { candidate } of found) {
    if (candidate.type === 'person' || candidate.type === 'organization') known.set(candidate.key, candidate.type);
  }
  const mentions: Mention[] = [];
  for (const { sentence, candidate } of found) {
    const type = candidate.type === 'other' ? (known.get(candidate.key) ?? (candidate.weak ? null : 'other')) : candidate.type;
    if (!type) continue;
    const start = sentence.start + candidate.start;
    const end = sentence.start + candidate.end;
    mentions.push({ start, end, source: source.id, text: source.text.slice(start, end), type, key: candidate.key });
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The candidates of one sentence: named systems, then typed capitalized segments. */
function sentenceCandidates(sentence: Sentence, tokens: readonly Token[], heading: boolean): Candidate[] {
  const { text } = sentence;
  if (!/\p{Lu}/u.test(text)) return [];
  const candidates: Candidate[] = [];
  for (const token of tokens) {
    if (isCapital(token) && isSystem(token)) candidates.push({ start: token.start, end: token.end, type: 'system', key: systemKey(token.text), weak: false });
  }
  for (const segment of segmentsOf(text, tokens)) candidates.push(...classify(text, tokens, segment, heading));
  return candidates;
}

