import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('role in a clause: texts that name no role', () => {
  it.each([
    ['an office verb without a named body', 'Ada Rusk, who chairs the meeting, asked for calm.'],
    ['an office verb without `who`', 'Ada Rusk, chairs the meeting and leaves.'],
    ['a clause about something else', 'Ada Rusk, who runs a bakery, asked for calm.'],
    ['a title verb without a title', 'Ada Rusk, who is set to become a mother, kept quiet.'],
    ['a finite verb without `who`', 'Ada Rusk, is set to become mayor.'],
    ['a title on a condition', 'Ada Rusk, who will become mayor if she wins, kept quiet.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'role')).toEqual([]);
  });
});
