import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const roles = (paragraphs: string[]) => claimsOf(story(paragraphs), 'role').map((claim) => ({ text: claim.text, ...claim.value }));

describe('role: a title given by the verb', () => {
  it.each([
    ['Ada Rusk becomes transport minister.', 'becomes transport minister', 'transport minister'],
    ['Ada Rusk was appointed police chief in May.', 'was appointed police chief', 'police chief'],
    ['Ada Rusk will become harbour master next year.', 'will become harbour master', 'future harbour master'],
    ['Ada Rusk is set to become the next transport minister.', 'is set to become the next transport minister', 'next transport minister'],
    ['Ada Rusk has resigned as harbour master after three years.', 'has resigned as harbour master', 'harbour master'],
    ['Ada Rusk quit as mayor on Friday.', 'quit as mayor', 'mayor'],
    ['Ada Rusk will stay on as Norvik’s chief executive, the firm said.', 'will stay on as Norvik’s chief executive', 'Norvik’s chief executive'],
    ['Ada Rusk will remain chief executive of Norvik Holding, the firm said.', 'will remain chief executive of Norvik Holding', 'chief executive of Norvik Holding'],
    ['Ada Rusk, pictured here, will remain as CEO of Norvik and report to the board.', 'will remain as CEO of Norvik', 'CEO of Norvik'],
    ['Ada Rusk has said she will resign as prime minister.', 'will resign as prime minister', 'prime minister'],
    ['Ada Rusk said today she will step down as first minister of Norland.', 'will step down as first minister of Norland', 'first minister of Norland'],
    ['• Ada Rusk has said she will resign as harbour master.', 'will resign as harbour master', 'harbour master'],
  ])('%s', (sentence, text, role) => {
    expect(roles([sentence])).toEqual([{ text, person: 'Ada Rusk', role }]);
  });

  it('passes over the subject’s own apposition, and splits two titles', () => {
    expect(roles(['Ada Rusk, leader of the Green Coast Party, becomes deputy mayor and head of housing.'])).toEqual([
      { text: 'Ada Rusk, leader of the Green Coast Party', person: 'Ada Rusk', role: 'leader of the Green Coast Party' },
      { text: 'becomes deputy mayor', person: 'Ada Rusk', role: 'deputy mayor' },
      { text: 'head of housing', person: 'Ada Rusk', role: 'head of housing' },
    ]);
  });

  it('takes the subject after its own title', () => {
    expect(roles(['Party leader Ada Rusk becomes transport minister.'])).toEqual([
      { text: 'Party leader Ada Rusk', person: 'Ada Rusk', role: 'Party leader' },
      { text: 'becomes transport minister', person: 'Ada Rusk', role: 'transport minister' },
    ]);
  });
});
