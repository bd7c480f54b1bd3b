/**
 * Memos by sentence for what several extractors read of one sentence (its tokens, the names it
 * gives). Extraction reads one source at a time and the report keeps every sentence, so a memo
 * keeps the current source's sentences only: over all sources, it would keep all their values
 * alive as long as the report.
 */
import type { Sentence } from '../model.js';

/**
 * `compute`, run once per sentence of the source being extracted. Further arguments are the
 * source's (its extraction context): those of a sentence's first call are the ones it is computed with.
 */
export function perSentence<Args extends unknown[], T>(compute: (sentence: Sentence, ...args: Args) => T): (sentence: Sentence, ...args: Args) => T {
  let source: string | null = null;
  let memo = new Map<Sentence, T>();
  return (sentence, ...args) => {
    if (sentence.source !== source) {
      source = sentence.source;
      memo = new Map();
    }
    let value = memo.get(sentence);
    if (value === undefined) memo.set(sentence, (value = compute(sentence, ...args)));
    return value;
  };
}
