import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const roles = (paragraphs: string[]) => claimsOf(story(paragraphs), 'role').map((claim) => ({ text: claim.text, ...claim.value }));

describe('role: a relative clause naming an office', () => {
  it.each([
    ['Ada Rusk, who chairs the Fenwick Tenants’ Union, asked for calm.', 'Ada Rusk, who chairs the Fenwick Tenants’ Union', 'chair of the Fenwick Tenants’ Union'],
    ['The plan was drafted by Ada Rusk, who heads the regional water board.', 'Ada Rusk, who heads the regional water board', 'head of the regional water board'],
    ['Ada Rusk, who also leads the Green Coast Party, voted no.', 'Ada Rusk, who also leads the Green Coast Party', 'leader of the Green Coast Party'],
  ])('%s', (sentence, text, role) => {
    expect(roles([sentence])).toEqual([{ text, person: 'Ada Rusk', role }]);
  });
});

describe('role: a clause giving a title to come', () => {
  it.each([
    ['“We are ready,” said Ada Rusk, who is set to become transport minister.', 'Ada Rusk, who is set to become transport minister', 'future transport minister'],
    ['Ada Rusk, who will serve as deputy mayor, kept quiet.', 'Ada Rusk, who will serve as deputy mayor', 'future deputy mayor'],
    ['“We are ready,” said Ada Rusk, tipped as the next transport minister.', 'Ada Rusk, tipped as the next transport minister', 'next transport minister'],
    ['Ada Rusk, expected to become harbour master, kept quiet.', 'Ada Rusk, expected to become harbour master', 'future harbour master'],
    ['Ada Rusk, who was appointed police chief in May, kept quiet.', 'Ada Rusk, who was appointed police chief', 'police chief'],
  ])('%s', (sentence, text, role) => {
    expect(roles([sentence])).toEqual([{ text, person: 'Ada Rusk', role }]);
  });

  it('gives each of two titles its own claim', () => {
    expect(roles(['Ada Rusk, who will become deputy mayor and head of housing, kept quiet.'])).toEqual([
      { text: 'Ada Rusk, who will become deputy mayor', person: 'Ada Rusk', role: 'future deputy mayor' },
      { text: 'head of housing', person: 'Ada Rusk', role: 'future head of housing' },
    ]);
  });
});
