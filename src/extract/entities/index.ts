/** Entity mentions: people, organisations, places and named systems. */
import type { Mention, Sentence, Source } from '../../model.js';

/** Find the entity mentions of a source's sentences, sorted by offset. */
export function findMentions(_source: Source, _sentences: readonly Sentence[]): Mention[] {
  return [];
}
