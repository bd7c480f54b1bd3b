import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../helpers.js';

const HEADLINE = 'Harbour town weighs a new bridge';
const mentionsOf = (paragraphs: string[], headline = HEADLINE) => extractFrom([headline, ...paragraphs].join('\n')).mentions.map((m) => m.text);

describe('findMentions: words that name nothing', () => {
  it.each([
    ['a sentence-initial adverb', 'However, the plan failed.'],
    ['a sentence-initial preposition', 'Amid protests, the port closed.'],
    ['an ordinary sentence-initial word', 'Engineers believe the bridge is safe.'],
    ['months and weekdays', 'In August the port reopened on a Monday.'],
    ['a weekday, then a month and its day', 'The port reopened Monday May 5.'],
    ['a lone pronoun', 'I said the port would reopen.'],
    ['a contraction', '“As I’ve said before, it works,” the mayor said.'],
    ['a bare title', 'The President’s office declined to comment.'],
    ['a capitalized title of a show', 'Tickets for the show dubbed “The Long Night” sold out.'],
    ['title-case headline words the body never names', 'The bridge opened.'],
  ])('%s', (_name, sentence) => {
    expect(mentionsOf([sentence], 'Strained Ties Over Bridge Plan')).toEqual([]);
  });
});

describe('findMentions: no person', () => {
  const persons = (sentence: string) => extractFrom([HEADLINE, sentence].join('\n')).mentions.filter((m) => m.type === 'person').map((m) => m.text);
  it.each([
    ['a body before a title', 'Blue Harbour leader Mira Castell spoke.', ['Mira Castell']],
    ['a body before a title of two words', '“It is over,” said Eastway Ferries chief executive Jonas Perl.', ['Jonas Perl']],
    ['the second title word of a capitalized title', '“It is over,” said the Chief Executive of Eastway Ferries Jonas Perl.', ['Jonas Perl']],
    ['a place after `said`, before the title of the person', '“It is over,” said Eastwick Health Minister Jonas Perl.', ['Jonas Perl']],
    ['an adjective after `said`, before a title', '“It is over,” said Northern Commissioner for Ports Jonas Perl.', ['Jonas Perl']],
    ['a document after an article, before a speech verb', '“The sides will meet again,” the Joint Declaration says.', []],
    ['a plural occupation before a speech verb', 'Residents told the council that the pier is unsafe.', []],
    ['a plural title before a speech verb', 'Councillors said the pier is unsafe.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(persons(sentence)).toEqual(expected);
  });
});
