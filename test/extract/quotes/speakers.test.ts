import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const speakers = (paragraphs: string[], headline?: string) =>
  claimsOf(story(paragraphs, headline), 'quote').map((claim) => claim.kind === 'quote' && [claim.value.words, claim.value.speaker]);

describe('resolveSpeakers', () => {
  it.each([
    ['he said', ['“Costs are rising,” Pavel Dronov said.', '“We will cut the budget,” he said.'], 'Pavel Dronov'],
    ['he added', ['“Costs are rising,” Pavel Dronov said.', '“We will cut the budget,” he added.'], 'Pavel Dronov'],
    ['she told reporters', ['“Costs are rising,” Lena Ostrova said.', '“We will cut the budget,” she told reporters.'], 'Lena Ostrova'],
    ['the last of two speakers', ['“Costs are rising,” Pavel Dronov said.', '“That is wrong,” Lena Ostrova said.', '“We will cut the budget,” she said.'], 'Lena Ostrova'],
    ['the last subject when no quote came before', ['Mayor Lena Ostrova visited the port on Monday.', '“We will cut the budget,” she told reporters.'], 'Lena Ostrova'],
  ])('%s', (_name, paragraphs, speaker) => {
    const found = speakers(paragraphs);
    expect(found[found.length - 1]).toEqual(['We will cut the budget', speaker]);
  });

  it('continues a quote into the next paragraph', () => {
    expect(speakers(['Lena Ostrova said: “The cranes are old.”', '“We will replace them next year.”'])).toEqual([
      ['The cranes are old.', 'Lena Ostrova'],
      ['We will replace them next year.', 'Lena Ostrova'],
    ]);
  });

  it('continues a quote left open at the end of a paragraph', () => {
    expect(speakers(['Pavel Dronov said: “The cranes are old. They break every week.', '“We will replace them next year.”'])).toEqual([
      ['The cranes are old. They break every week.', 'Pavel Dronov'],
      ['We will replace them next year.', 'Pavel Dronov'],
    ]);
  });

  it('does not continue a quote across a paragraph without one', () => {
    expect(speakers(['Lena Ostrova said: “The cranes are old.”', 'The council meets on Friday.', '“Nobody wants to pay for new ones.”'])).toEqual([
      ['The cranes are old.', 'Lena Ostrova'],
      ['Nobody wants to pay for new ones.', null],
    ]);
  });

  it('leaves a pronoun unresolved when nobody was named', () => {
    expect(speakers(['“We will cut the budget,” he said.'])).toEqual([['We will cut the budget', null]]);
  });
});
