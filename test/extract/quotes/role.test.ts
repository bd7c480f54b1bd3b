import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const roles = (paragraphs: string[]) => claimsOf(story(paragraphs), 'role').map((claim) => ({ text: claim.text, ...claim.value }));

describe('role: a title before the name', () => {
  it.each([
    ['The delay was confirmed by IPA spokeswoman Ilse Varga.', 'IPA spokeswoman Ilse Varga', 'Ilse Varga', 'IPA spokeswoman'],
    [
      'At the fair, First Deputy Director of the Northern Shipping and Logistics Agency Marta Kovalenko opened the hall.',
      'First Deputy Director of the Northern Shipping and Logistics Agency Marta Kovalenko',
      'Marta Kovalenko',
      'First Deputy Director of the Northern Shipping and Logistics Agency',
    ],
    ['The plan followed Latvian air chief Janis Berzkalns’s visit.', 'Latvian air chief Janis Berzkalns', 'Janis Berzkalns', 'Latvian air chief'],
    ['Talks with Romanian President Mihai Dobrescu are due in May.', 'Romanian President Mihai Dobrescu', 'Mihai Dobrescu', 'Romanian President'],
    ['The crowd cheered Moldovan leader Ion Cebotari at the port.', 'Moldovan leader Ion Cebotari', 'Ion Cebotari', 'Moldovan leader'],
    ['The ferry was late, Harbour Office deputy head Tomas Reinik said.', 'Harbour Office deputy head Tomas Reinik', 'Tomas Reinik', 'Harbour Office deputy head'],
    ['Talks with Secretary of Transport Ann Kello ended.', 'Secretary of Transport Ann Kello', 'Ann Kello', 'Secretary of Transport'],
    ['The council’s foreign policy chief Ivo Santek said no.', 'foreign policy chief Ivo Santek', 'Ivo Santek', 'foreign policy chief'],
    ['Ivo Santek and Polish Prime Minister Adam Wrzos met in Gdansk.', 'Polish Prime Minister Adam Wrzos', 'Adam Wrzos', 'Polish Prime Minister'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });

  it('names the person by the fullest name the source gives', () => {
    expect(roles(['Ivo Santek won the vote.', 'The port welcomed Mayor Santek on Monday.'])).toEqual([{ text: 'Mayor Santek', person: 'Ivo Santek', role: 'Mayor' }]);
  });
});

describe('role: a title in apposition', () => {
  it.each([
    ['Pavel Dronov, editor-in-chief of the Harbour Gazette, writes that the bridge is late.', 'Pavel Dronov, editor-in-chief of the Harbour Gazette', 'Pavel Dronov', 'editor-in-chief of the Harbour Gazette'],
    ['Ion Cebotari, the deputy finance minister, said the loan was signed.', 'Ion Cebotari, the deputy finance minister', 'Ion Cebotari', 'deputy finance minister'],
    ['The tender was won by a firm close to Lena Ostrova, a senior analyst at the Baltic Port Institute.', 'Lena Ostrova, a senior analyst at the Baltic Port Institute', 'Lena Ostrova', 'senior analyst at the Baltic Port Institute'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});
