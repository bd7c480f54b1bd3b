/**
 * Conflicts injected FactCC-style into facts the sources agree on: one mention of the fact is
 * rewritten in its article (a number changed, a date shifted, a quote's word changed or negated,
 * a speaker swapped), and the fact must then be judged a conflict.
 */
import type { GoldFact, GoldMention, Story } from './gold.js';

/** The kinds of injected change. */
export type Injection = 'number' | 'date' | 'quote-word' | 'quote-negation' | 'speaker';

/** A story with one article rewritten, and where the fact's mentions now are. */
export interface Injected {
  type: Injection;
  fact: GoldFact;
  files: Story['files'];
  mentions: GoldMention[];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const DAY_AFTER_MONTH = new RegExp(`((?:${MONTHS})\\s+)(\\d{1,2})\\b`);
const DAY_BEFORE_MONTH = new RegExp(`\\b(\\d{1,2})(\\s+(?:${MONTHS}))`);
const AUXILIARY = /\b(is|are|was|were|will|can|could|would|should|has|have|had|must|did|do|does)\b/;
// A single figure stated exactly: a change of it cannot stay compatible (ranges, bounds and "about" could).
const EXACT_FIGURE = /^(?!.*\b(?:about|around|some|nearly|almost|roughly|more|over|up to|at least|under|less|between|estimated|dozens?|hundreds|thousands)\b)[^\d]*\d[\d,.]*[^\d]*$/i;
const SWAP_WORDS: Record<string, string> = { the: 'a', a: 'the', we: 'they', our: 'their', they: 'we', will: 'might', all: 'some', every: 'no', new: 'old', first: 'last' };

/** Every injection the story allows, into its agreed facts. */
export function injections(story: Story): Injected[] {
  const out: Injected[] = [];
  for (const fact of story.facts) {
    if (fact.verdict !== 'agree' || fact.mentions.length < 2) continue;
    const target = [...fact.mentions].reverse().find((m) => fact.kind !== 'quantity' && fact.kind !== 'money' && fact.kind !== 'percent' && fact.kind !== 'duration' ? true : EXACT_FIGURE.test(m.anchor)) ?? (fact.mentions[fact.mentions.length - 1] as GoldMention);
    const types: Injection[] = fact.kind === 'date' ? ['date'] : fact.kind === 'quote' ? ['quote-word', 'quote-negation', 'speaker'] : fact.kind === 'role' ? [] : ['number'];
    for (const type of types) {
      const rewritten = rewrite(type, target, story, fact);
      if (!rewritten) continue;
      const files = story.files.map((f) => (articleOf(f.path) === target.article ? { ...f, text: rewritten.text } : f));
      out.push({ type, fact, files, mentions: fact.mentions.map((m) => (m === target ? { ...m, anchor: rewritten.anchor } : m)) });
    }
  }
  return out;
}

function articleOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(md|txt)$/, '');
}

/** The article with the target mention changed, and the new anchor; null when it cannot be changed. */
function rewrite(type: Injection, target: GoldMention, story: Story, fact: GoldFact): { text: string; anchor: string } | null {
  const file = story.files.find((f) => articleOf(f.path) === target.article);
  if (!file) return null;
  const at = file.text.indexOf(target.anchor);
  if (at < 0) return null;
  if (type === 'speaker') return swapSpeaker(file.text, at, target, story, fact);
  // Against "more than N" elsewhere, a raised figure would still hold: lower it instead.
  const lower = fact.mentions.some((m) => m !== target && /\b(?:more than|over|at least|upwards of)\b/i.test(m.anchor));
  const anchor = type === 'number' ? changeNumber(target.anchor, lower ? 0.7 : 1.3) : CHANGE[type](target.anchor);
  if (!anchor || anchor === target.anchor) return null;
  return { text: file.text.slice(0, at) + anchor + file.text.slice(at + target.anchor.length), anchor };
}

/** A figure scaled by `factor` (about ±30%) at its own precision: near enough to be aligned, far enough to conflict. */
function changeNumber(anchor: string, factor: number): string | null {
  if (!EXACT_FIGURE.test(anchor)) return null;
  const match = /\d[\d,]*(?:\.\d+)?/.exec(anchor);
  if (!match) return null;
  const decimals = match[0].split('.')[1]?.length ?? 0;
  const n = Number(match[0].replace(/,/g, ''));
  const step = 10 ** -decimals;
  const scaled = Math.round((n * factor) / step) * step;
  const changed = factor > 1 ? Math.max(scaled, n + step) : Math.min(scaled, n - step);
  const fixed = changed.toFixed(decimals);
  const text = match[0].includes(',') ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals }) : fixed;
  return anchor.slice(0, match.index) + text + anchor.slice(match.index + match[0].length);
}

const CHANGE: Record<Exclude<Injection, 'speaker' | 'number'>, (anchor: string) => string | null> = {
  // Every day of the date moves by the same nine days (a range moves whole), within the month.
  date: (anchor) => {
    if (!DAY_AFTER_MONTH.test(anchor) && !DAY_BEFORE_MONTH.test(anchor)) return null;
    const days = [...anchor.matchAll(/\b(\d{1,2})\b(?!,? \d{4}\b)(?!\d)/g)].filter((m) => Number(m[1]) >= 1 && Number(m[1]) <= 31);
    if (!days.length) return null;
    const shift = Math.max(...days.map((m) => Number(m[1]))) + 9 <= 28 ? 9 : -9;
    if (days.some((m) => Number(m[1]) + shift < 1)) return null;
    return anchor.replace(/\b(\d{1,2})\b(?!,? \d{4}\b)(?!\d)/g, (d) => (Number(d) >= 1 && Number(d) <= 31 ? String(Number(d) + shift) : d));
  },
  'quote-word': (anchor) => {
    const words = [...anchor.matchAll(/\b[\p{L}]+\b/gu)];
    for (const word of words) {
      const swap = SWAP_WORDS[word[0].toLowerCase()];
      if (swap && word.index > 0) return anchor.slice(0, word.index) + swap + anchor.slice(word.index + word[0].length);
    }
    const long = words.find((w) => w[0].length >= 5 && w.index > 1);
    return long ? `${anchor.slice(0, long.index)}hardly ${anchor.slice(long.index)}` : null;
  },
  'quote-negation': (anchor) => {
    const aux = AUXILIARY.exec(anchor);
    return aux ? anchor.slice(0, aux.index + aux[0].length) + ' not' + anchor.slice(aux.index + aux[0].length) : null;
  },
};

/** Replace the speaker's surname in the attribution after the quote with another speaker of the story. */
function swapSpeaker(text: string, at: number, target: GoldMention, story: Story, fact: GoldFact): { text: string; anchor: string } | null {
  const speaker = target.value?.['speaker'];
  if (typeof speaker !== 'string') return null;
  const surname = speaker.split(/\s+/).pop() as string;
  const others = story.facts.flatMap((f) => f.mentions).concat(story.unique).map((m) => m.value?.['speaker']).filter((s): s is string => typeof s === 'string' && !s.endsWith(surname));
  const other = others.sort()[0];
  if (!other || fact.kind !== 'quote') return null;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(at, lineEnd < 0 ? undefined : lineEnd);
  const where = line.indexOf(surname);
  if (where < 0) return null;
  const otherFull = other;
  const start = at + where;
  const fullStart = text.lastIndexOf(speaker, start + surname.length) === start + surname.length - speaker.length ? start + surname.length - speaker.length : start;
  const replaced = text.slice(0, fullStart) + otherFull + text.slice(start + surname.length);
  return { text: replaced, anchor: target.anchor };
}
