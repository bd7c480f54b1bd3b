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
    ['a lone pronoun', 'I said the port would reopen.'],
    ['a contraction', '“As I’ve said before, it works,” the mayor said.'],
    ['a bare title', 'The President’s office declined to comment.'],
    ['a capitalized title of a show', 'Tickets for the show dubbed “The Long Night” sold out.'],
    ['title-case headline words the body never names', 'The bridge opened.'],
  ])('%s', (_name, sentence) => {
    expect(mentionsOf([sentence], 'Strained Ties Over Bridge Plan')).toEqual([]);
  });
});
