import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('quote: texts that quote nobody', () => {
  it.each([
    ['a name in quotation marks', 'The festival, an annual event dubbed “The Long Night of the Museums”, drew crowds.'],
    ['a title in straight quotes', 'Tickets for "The Queen of the Harbour" sold out in a day.'],
    ['a title in guillemets', 'Tickets for «Swan Lake» sold out in a day.'],
    ['a scare quote', 'The two towns form a “twin city” and share a tram line.'],
    ['a scare quote after or', 'It is not a matter of pride or “defence of the old harbour” but of cost.'],
    ['a straight scare quote', 'The so-called "green corridor" opened last week.'],
    ['a mark used as an apostrophe', 'Harbour chief Ivo Santek‘s decision surprised the council.'],
    ['plural possessives', 'The workers’ union and the drivers’ union met on Monday.'],
    ['contractions', 'He won’t say, and she’s not sure it’s over.'],
    ['a quoted single word', 'The plan was called “bold” by the press.'],
    ['no marks at all', 'Pavel Dronov said the bridge would open in spring.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'quote')).toEqual([]);
  });
});
