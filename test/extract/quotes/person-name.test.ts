/** The names a sentence gives, as the role extractors read them. */
import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../helpers.js';

describe('the names of a sentence', () => {
  it('are the people it names, cut to their own words, titles left out', () => {
    const names = (text: string) => extractFrom(`Ferries return\n\n${text}\n`).claims.filter((c) => c.kind === 'role').map((c) => (c.kind === 'role' ? c.value.person : ''));
    expect(names('The harbour master, Ines Varo, said the ferries would sail again.')).toEqual(['Ines Varo']);
    expect(names('Port director Tom Bell said repairs were over.')).toEqual(['Tom Bell']);
    expect(names('Harbour master Maria de Souza said the quay was safe.')).toEqual(['Maria de Souza']);
  });
});
