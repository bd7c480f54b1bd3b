/** A quotation of several sentences is one claim per sentence, so that outlets quoting it in other cuts meet sentence by sentence. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';

const quotes = (text: string) => claimsOf(`Ferries return\n\n${text}\n`, 'quote').map((c) => (c.kind === 'quote' ? [c.text, c.value.words, c.value.speaker] : []));

describe('a quotation of several sentences', () => {
  it('gives a claim per sentence, each with the speaker and its exact span', () => {
    expect(quotes('“The ferries will sail again on Monday. We owe that to every island family,” said harbour master Ines Varo.')).toEqual([
      ['“The ferries will sail again on Monday.', 'The ferries will sail again on Monday.', 'Ines Varo'],
      ['We owe that to every island family,”', 'We owe that to every island family', 'Ines Varo'],
    ]);
  });

  it('does not cut after an abbreviation or an initial, nor leaves a fragment alone', () => {
    expect(quotes('“We met Mr. Holt and J. Varo at the quay. Thanks!” said harbour master Ines Varo.')).toEqual([
      ['“We met Mr. Holt and J. Varo at the quay. Thanks!”', 'We met Mr. Holt and J. Varo at the quay. Thanks!', 'Ines Varo'],
    ]);
  });
});
