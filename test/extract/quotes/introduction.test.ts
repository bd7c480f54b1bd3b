import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const quotes = (paragraphs: string[]) => claimsOf(story(paragraphs), 'quote').map((claim) => ({ text: claim.text, ...claim.value }));

describe('quote: a short phrase after a naming verb', () => {
  it.each([
    ['Port director Ines Falk called it “a long overdue repair”.', '“a long overdue repair”', 'Ines Falk', 'a long overdue repair'],
    ['Ines Falk called the treaty a “fragile first step”.', '“fragile first step”', 'Ines Falk', 'fragile first step'],
    ['Ines Falk, the port director, calls it “the hardest winter in years”, and she may be right.', '“the hardest winter in years”', 'Ines Falk', 'the hardest winter in years'],
    ['Ines Falk described the deal as “a bargain for nobody”.', '“a bargain for nobody”', 'Ines Falk', 'a bargain for nobody'],
    ['Ines Falk called it „the heart of the plan“.', '„the heart of the plan“', 'Ines Falk', 'the heart of the plan'],
    ['Ines Falk, who rarely shows emotion, wept as she spoke, describing it as the “hardest winter of my life”.', '“hardest winter of my life”', 'Ines Falk', 'hardest winter of my life'],
    ['Ines Falk left the room, calling the vote “a farce”.', '“a farce”', 'Ines Falk', 'a farce'],
  ])('%s', (sentence, text, speaker, words) => {
    expect(quotes([sentence])).toEqual([{ text, speaker, words }]);
  });

  it('gives `he called it` to the person named before', () => {
    expect(quotes(['Ines Falk was more careful.', 'She called the plan a “work in progress”.'])).toEqual([
      { text: '“work in progress”', speaker: 'Ines Falk', words: 'work in progress' },
    ]);
  });
});

describe('quote: a quotation after a colon', () => {
  it.each([
    ['Harbour pilot Ines Falk summed up the night: “We lost the crane, but nobody was hurt.”', 'Ines Falk'],
    ['Ines Falk’s reply was short: “We lost the crane, but nobody was hurt.”', 'Ines Falk'],
    ['After the storm, harbour pilot Ines Falk summed up the night: “We lost the crane, but nobody was hurt.”', 'Ines Falk'],
    ['6.15pm: Hours after the storm, Ines Falk summed up the night: “We lost the crane, but nobody was hurt.”', 'Ines Falk'],
  ])('%s', (sentence, speaker) => {
    expect(quotes([sentence])).toEqual([{ text: '“We lost the crane, but nobody was hurt.”', speaker, words: 'We lost the crane, but nobody was hurt.' }]);
  });

  it('gives the words after a lead-in and `she` to the person named before', () => {
    expect(quotes(['Ines Falk was more careful.', 'In her report, she admits: “We lost the crane.”'])).toEqual([
      { text: '“We lost the crane.”', speaker: 'Ines Falk', words: 'We lost the crane.' },
    ]);
  });

  it('gives the words to the holder of the title a possessive names', () => {
    expect(quotes(['The trial was chaired by presiding judge Nora Ilves.', 'The judge’s last words stayed with me: “A budget is a promise, not a purse.”'])).toEqual([
      { text: '“A budget is a promise, not a purse.”', speaker: 'Nora Ilves', words: 'A budget is a promise, not a purse.' },
    ]);
  });

  it('leaves the speaker open when the article names no holder of the title', () => {
    expect(quotes(['The judge’s last words stayed with me: “A budget is a promise, not a purse.”'])).toEqual([
      { text: '“A budget is a promise, not a purse.”', speaker: null, words: 'A budget is a promise, not a purse.' },
    ]);
  });
});
