import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('role by verb: texts that name no role', () => {
  it.each([
    ['a name that is not the subject', 'The council said Ada Rusk becomes transport minister.'],
    ['an object after the verb phrase', 'The tender was won by Ada Rusk and becomes law.'],
    ['a verb without a title', 'Ada Rusk becomes impatient.'],
    ['a title of a thing, not an office', 'Ada Rusk was named in the report.'],
    ['a holding verb without a title', 'Ada Rusk remained calm after the vote.'],
    ['a title without a name', 'As prime minister he said the port would stay open.'],
    ['a resignation by someone the subject reports on', 'Ada Rusk said the mayor will resign as planned.'],
    ['a holding verb after a name that is not the subject', 'The council said Ada Rusk will remain as chair.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'role')).toEqual([]);
  });
});
