/** The names a sentence gives, found once per sentence while its source is extracted, and not kept after. */
import { describe, expect, it } from 'vitest';
import { namesIn } from '../../../src/extract/quotes/person-name.js';
import type { Context } from '../../../src/extract/types.js';
import type { Extraction } from '../../../src/model.js';
import { extractFrom } from '../../helpers.js';

const contextOf = (e: Extraction): Context => ({ source: e.source, sentences: e.sentences, mentions: e.mentions, reference: { date: null, year: null, inferred: false } });

describe('namesIn', () => {
  it('finds a sentence’s names once, and keeps them for the source being extracted only', () => {
    const first = extractFrom('Ferries return\n\nThe harbour master, Ines Varo, said the ferries would sail again.\n', { path: 'first.txt' });
    const second = extractFrom('Ferries return\n\nPort director Tom Bell said repairs were over.\n', { path: 'second.txt' });
    const [sentence, other] = [first.sentences[1], second.sentences[1]];
    if (!sentence || !other) throw new Error('two sentences expected');
    const found = namesIn(sentence, contextOf(first));
    expect(found.names.map((named) => named.name)).toEqual(['Ines Varo']);
    expect(namesIn(sentence, contextOf(first))).toBe(found);
    // The report keeps every sentence: another source's extraction lets the first one's names go.
    expect(namesIn(other, contextOf(second)).names.map((named) => named.name)).toEqual(['Tom Bell']);
    const again = namesIn(sentence, contextOf(first));
    expect(again).not.toBe(found);
    expect(again).toEqual(found);
  });
});
