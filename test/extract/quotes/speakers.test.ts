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
    ['a person just named in the same paragraph over an older speaker', ['“Costs are rising,” Lena Ostrova said.', 'Ferry pilot Pavel Dronov put it plainly. “We will cut the budget,” he said.'], 'Pavel Dronov'],
    ['the speaker of the paragraph over a person named before', ['Pavel Dronov met the mayor. “Costs are rising,” Lena Ostrova said. “We will cut the budget,” she said.'], 'Lena Ostrova'],
    ['a subject named in the paragraph before, after the last quote', ['“Costs are rising,” Lena Ostrova said.', 'Harbour master Pavel Dronov arrived by boat.', '“We will cut the budget,” he said.'], 'Pavel Dronov'],
    ['a subject named by title', ['Mayor Lena Ostrova opened the pier.', '“Costs are rising,” Pavel Dronov said.', 'The mayor later promised new cranes. “We will cut the budget,” she said.'], 'Lena Ostrova'],
    ['a title no role gives, for the speaker reported just before', ['Lena Ostrova said the port had lost money.', '“We will cut the budget,” the treasurer added.'], 'Lena Ostrova'],
    ['a lone surname that opens the sentence before', ['Dronov was calm after the vote. “We will cut the budget,” he said.'], 'Dronov'],
    ['a lone surname named in full earlier', ['Pavel Dronov lost the vote.', '“Costs are rising,” Lena Ostrova said.', 'Dronov was calm. “We will cut the budget,” he said.'], 'Pavel Dronov'],
    ['a subject carried on by sentences that open with he or she', ['“Costs are rising,” Lena Ostrova said.', 'Pavel Dronov, a paramedic, flew to the island.', 'He was shocked by the scene.', '“We will cut the budget,” he said.'], 'Pavel Dronov'],
    ['not a person credited in brackets', ['“Costs are rising,” Lena Ostrova said.', 'The mayor spoke at the pier (photo by Pavel Dronov).', '“We will cut the budget,” she said.'], 'Lena Ostrova'],
    ['not a person named inside an earlier quote', ['“I spoke to Lena Ostrova,” the skipper said. “We will cut the budget,” he added.'], null],
  ])('%s', (_name, paragraphs, speaker) => {
    const found = speakers(paragraphs);
    expect(found[found.length - 1]).toEqual(['We will cut the budget', speaker]);
  });

  it('never takes a person named inside the quote itself', () => {
    expect(speakers(['Pavel Dronov stayed calm after the vote.', '“I called Lena Ostrova to wish her well,” he said.'])).toEqual([['I called Lena Ostrova to wish her well', 'Pavel Dronov']]);
  });

  it('continues a quote into the next paragraph', () => {
    expect(speakers(['Lena Ostrova said: “The cranes are old.”', '“We will replace them next year.”'])).toEqual([
      ['The cranes are old.', 'Lena Ostrova'],
      ['We will replace them next year.', 'Lena Ostrova'],
    ]);
  });

  it('continues a quote left open at the end of a paragraph', () => {
    expect(speakers(['Pavel Dronov said: “The cranes are old. They break every week.', '“We will replace them next year.”'])).toEqual([
      ['The cranes are old.', 'Pavel Dronov'],
      ['They break every week.', 'Pavel Dronov'],
      ['We will replace them next year.', 'Pavel Dronov'],
    ]);
  });

  it('gives a quote left open with nobody named to the speaker of the next paragraph’s quote', () => {
    expect(speakers(['Lena Ostrova was on the pier when “suddenly the planks started shaking and the lamps fell into the water.', '“I ran back to the shore,” she told reporters.'])).toEqual([
      ['suddenly the planks started shaking and the lamps fell into the water.', 'Lena Ostrova'],
      ['I ran back to the shore', 'Lena Ostrova'],
    ]);
  });

  it('does not give a closed quote to the speaker of the next paragraph', () => {
    expect(speakers(['The sign at the pier read “no boats after dark, no swimming and no fishing from the northern wall”.', '“I ran back to the shore,” Lena Ostrova said.'])).toEqual([
      ['no boats after dark, no swimming and no fishing from the northern wall', null],
      ['I ran back to the shore', 'Lena Ostrova'],
    ]);
  });

  it('does not continue a quote across a paragraph without one', () => {
    expect(speakers(['Lena Ostrova said: “The cranes are old.”', 'The council meets on Friday.', '“Nobody wants to pay for new ones.”'])).toEqual([
      ['The cranes are old.', 'Lena Ostrova'],
      ['Nobody wants to pay for new ones.', null],
    ]);
  });

  it('continues a quote across a photo caption and its credit between the paragraphs', () => {
    expect(speakers(['Pavel Dronov said: “The cranes are old.', 'The harbour cranes at dusk', 'Photo: Harbour Review', '“We will replace them next year.”'])).toEqual([
      ['The cranes are old.', 'Pavel Dronov'],
      ['We will replace them next year.', 'Pavel Dronov'],
    ]);
  });

  it('does not continue a quote across a long paragraph that ends unlike a sentence', () => {
    const long = 'Ferries and tugs and barges and dredgers and pilot boats of every size waited outside the harbour wall for the storm to pass over the bay and the town and the hills';
    expect(speakers(['Pavel Dronov said: “The cranes are old.”', long, '“Nobody wants to pay for new ones.”'])).toEqual([
      ['The cranes are old.', 'Pavel Dronov'],
      ['Nobody wants to pay for new ones.', null],
    ]);
  });

  it('gives a quote the person whose speech the sentence before it reports', () => {
    expect(speakers(['Lena Ostrova told reporters she was proud of the crews. “Nobody wants to pay for new cranes.”'])).toEqual([['Nobody wants to pay for new cranes.', 'Lena Ostrova']]);
    expect(speakers(['Lena Ostrova told reporters she was proud of the crews.', '“Nobody wants to pay for new cranes.”'])).toEqual([['Nobody wants to pay for new cranes.', 'Lena Ostrova']]);
  });

  it('gives a quote nobody when the sentence before reports no speech or quotes somebody', () => {
    expect(speakers(['Lena Ostrova visited the crews at dawn.', '“Nobody wants to pay for new cranes.”'])).toEqual([['Nobody wants to pay for new cranes.', null]]);
    expect(speakers(['The port said Lena Ostrova would visit.', 'The crews were tired.', '“Nobody wants to pay for new cranes.”'])).toEqual([['Nobody wants to pay for new cranes.', null]]);
  });

  it('leaves a pronoun unresolved when nobody was named', () => {
    expect(speakers(['“We will cut the budget,” he said.'])).toEqual([['We will cut the budget', null]]);
  });
});
