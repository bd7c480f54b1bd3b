import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('quote after a naming verb or a colon: texts that quote nobody', () => {
  it.each([
    ['a passive naming verb', 'The new pier was called a “quiet triumph” by the press.'],
    ['a so-called phrase', 'The so-called “harbour tax” was dropped.'],
    ['a naming verb with no person as subject', 'Critics called the levy a “tax on the poor”.'],
    ['a name after a naming verb', 'Ines Falk called her boat “Sea Wolf”.'],
    ['a verb that asks rather than names', 'Ines Falk called for an end to the “war on drivers”.'],
    ['a colon after a clause without a speaker', 'The rules are simple: “no dogs on the pier”.'],
    ['a colon after a clause naming nobody first', 'On the sign in the harbour: “keep off the nets”.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'quote')).toEqual([]);
  });
});
