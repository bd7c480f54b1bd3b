import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const speakers = (paragraphs: string[]) => claimsOf(story(paragraphs), 'quote').map((claim) => claim.kind === 'quote' && claim.value.speaker);

describe('quote: a speaker named by title only', () => {
  it.each([
    ['the title before the verb', ['On Monday the Minister of Harbours of the Republic of Norland Ada Brook opened the pier.', '“The pier is open,” the Minister stated.'], 'Ada Brook'],
    ['the title after the verb', ['The Mayor of Kelmar Ivo Santek and Deputy Mayor Lena Ostrova came.', '“The pier is open,” stated the Mayor of Kelmar.'], 'Ivo Santek'],
    ['a synonym of the title', ['Prime Minister Ada Brook and Deputy Prime Minister Ivo Santek came.', '“The pier is open,” the head of government stated.'], 'Ada Brook'],
    ['a subject title before a speech verb', ['Governor Ada Brook flew in on Monday.', 'The governor promised that “every house will be rebuilt”.'], 'Ada Brook'],
    ['a demonym the holder’s sentence gives', ['Finance Minister Ivo Santek came.', 'From the Norlandic side came Fisheries Minister Ada Brook.', '“The quota will stay,” informed the Norlandic minister.'], 'Ada Brook'],
    ['a deputy, not the office itself', ['Mayor Ivo Santek and Deputy Mayor Lena Ostrova came.', '“The pier is open,” the deputy mayor said.'], 'Lena Ostrova'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(speakers(paragraphs)).toEqual([speaker]);
  });

  it.each([
    ['nobody holds the title', ['Ivo Santek came.', '“The pier is open,” the Minister stated.']],
    ['two people hold the title', ['Transport Minister Ivo Santek and Fisheries Minister Ada Brook came.', '“The pier is open,” the Minister stated.']],
    ['the holder is another office', ['Deputy Mayor Lena Ostrova came.', '“The pier is open,” the mayor said.']],
    ['the title is the one spoken to', ['Mayor Lena Ostrova came.', 'Residents told the mayor: “The pier is not safe.”']],
  ])('leaves the speaker open when %s', (_name, paragraphs) => {
    expect(speakers(paragraphs)).toEqual([null]);
  });
});
