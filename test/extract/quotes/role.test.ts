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
    ['The motion was handed to Harbour Board chairman Sir Ivo Santek.', 'Harbour Board chairman Sir Ivo Santek', 'Ivo Santek', 'Harbour Board chairman'],
    ['The quay reopened, said ferry company boss Dr. Ann Kello.', 'ferry company boss Dr. Ann Kello', 'Ann Kello', 'ferry company boss'],
    ['The deal was backed by Norvik chairman and co-founder Ada Brook.', 'Norvik chairman and co-founder Ada Brook', 'Ada Brook', 'Norvik chairman and co-founder'],
    ['The mayor and harbour master Ada Brook met on the quay.', 'harbour master Ada Brook', 'Ada Brook', 'harbour master'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });

  it('names the person by the fullest name the source gives', () => {
    expect(roles(['Ivo Santek won the vote.', 'The port welcomed Mayor Santek on Monday.'])).toEqual([{ text: 'Mayor Santek', person: 'Ivo Santek', role: 'Mayor' }]);
  });
});

describe('role: lowercase titles of several words, with the body they serve in front', () => {
  it.each([
    ['Harbour board chief executive Lena Ostrova opened the terminal.', 'Harbour board chief executive Lena Ostrova', 'Lena Ostrova', 'Harbour board chief executive'],
    ['On Friday, airport authority chief executive Pavel Dronov closed the runway.', 'airport authority chief executive Pavel Dronov', 'Pavel Dronov', 'airport authority chief executive'],
    ['Fire superintendent Oskar Lind inspected the pier.', 'Fire superintendent Oskar Lind', 'Oskar Lind', 'Fire superintendent'],
    ['Truck driver Emil Sorensen waited two days at the gate.', 'Truck driver Emil Sorensen', 'Emil Sorensen', 'Truck driver'],
    ['The strike was backed by union general secretary Nadia Ferro.', 'union general secretary Nadia Ferro', 'Nadia Ferro', 'union general secretary'],
    ['Norvik Holding chief executive Emil Sorensen signed the lease.', 'Norvik Holding chief executive Emil Sorensen', 'Emil Sorensen', 'Norvik Holding chief executive'],
    ['The claim was denied by ferry owner Maria de Souza on Monday.', 'ferry owner Maria de Souza', 'Maria de Souza', 'ferry owner'],
    ['Local farmer Jan van der Berg lost a barn.', 'Local farmer Jan van der Berg', 'Jan van der Berg', 'Local farmer'],
    ['Nurse Omar al-Rashid treated the injured.', 'Nurse Omar al-Rashid', 'Omar al-Rashid', 'Nurse'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: a single title before the name', () => {
  it.each([
    ['Inspector Oskar Lind closed the quay.', 'Inspector Oskar Lind', 'Oskar Lind', 'Inspector'],
    ['Witness Anna Holm saw the crane fall.', 'Witness Anna Holm', 'Anna Holm', 'Witness'],
    ['Mayor Lena Ostrova cut the ribbon.', 'Mayor Lena Ostrova', 'Lena Ostrova', 'Mayor'],
    ['The plan was backed by deputy mayor Lena Ostrova on Monday.', 'deputy mayor Lena Ostrova', 'Lena Ostrova', 'deputy mayor'],
    [
      'The pact was signed by the Minister of Fisheries of the Republic of Norland Ada Brook.',
      'Minister of Fisheries of the Republic of Norland Ada Brook',
      'Ada Brook',
      'Minister of Fisheries of the Republic of Norland',
    ],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });

  it('names the person without a title the chunker left on the name', () => {
    expect(roles(['Resident Anna Holm saw the crane fall.', 'The account of witness Holm was heard later.'])).toEqual([
      { text: 'Resident Anna Holm', person: 'Anna Holm', role: 'Resident' },
      { text: 'witness Holm', person: 'Anna Holm', role: 'witness' },
    ]);
  });
});

describe('role: a title in apposition', () => {
  it.each([
    ['Pavel Dronov, editor-in-chief of the Harbour Gazette, writes that the bridge is late.', 'Pavel Dronov, editor-in-chief of the Harbour Gazette', 'Pavel Dronov', 'editor-in-chief of the Harbour Gazette'],
    ['Ion Cebotari, the deputy finance minister, said the loan was signed.', 'Ion Cebotari, the deputy finance minister', 'Ion Cebotari', 'deputy finance minister'],
    ['The tender was won by a firm close to Lena Ostrova, a senior analyst at the Baltic Port Institute.', 'Lena Ostrova, a senior analyst at the Baltic Port Institute', 'Lena Ostrova', 'senior analyst at the Baltic Port Institute'],
    [
      'Nadia Ferro, general secretary of the Coastal Pilots’ Association, said the talks had failed.',
      'Nadia Ferro, general secretary of the Coastal Pilots’ Association',
      'Nadia Ferro',
      'general secretary of the Coastal Pilots’ Association',
    ],
    ['Oskar Lind, the fire superintendent, said the pier was safe.', 'Oskar Lind, the fire superintendent', 'Oskar Lind', 'fire superintendent'],
    ['The report was written by Oskar Lind, the police inspector who found the crack.', 'Oskar Lind, the police inspector', 'Oskar Lind', 'police inspector'],
    ['Pavel Dronov, the chief executive of the harbour board, said fees would rise.', 'Pavel Dronov, the chief executive of the harbour board', 'Pavel Dronov', 'chief executive of the harbour board'],
    ['Ada Brook, the finance minister, presented the budget.', 'Ada Brook, the finance minister', 'Ada Brook', 'finance minister'],
    ["Emil Sorensen, Norvik's chairman, declined to comment.", "Emil Sorensen, Norvik's chairman", 'Emil Sorensen', "Norvik's chairman"],
    ['Emil Sorensen, Norvik’s CEO, declined to comment.', 'Emil Sorensen, Norvik’s CEO', 'Emil Sorensen', 'Norvik’s CEO'],
    ['Jan van der Berg, a local farmer, lost a barn.', 'Jan van der Berg, a local farmer', 'Jan van der Berg', 'local farmer'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: a title, a comma, then the name', () => {
  it.each([
    [
      'The pact was signed by the Minister of Fisheries and Coastal Affairs, Ada Brook, in the town hall.',
      'Minister of Fisheries and Coastal Affairs, Ada Brook',
      'Ada Brook',
      'Minister of Fisheries and Coastal Affairs',
    ],
    ['The statement was read by the former president, Ivan Dobrev.', 'former president, Ivan Dobrev', 'Ivan Dobrev', 'former president'],
    ['Norland’s finance minister, Ada Brook, presented the budget.', 'Norland’s finance minister, Ada Brook', 'Ada Brook', 'Norland’s finance minister'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: positions', () => {
  it.each([
    ["Emil Sorensen, Norvik's chairman, declined to comment.", "Emil Sorensen, Norvik's chairman"],
    ['Emil Sorensen, Norvik’s chairman, declined to comment.', 'Emil Sorensen, Norvik’s chairman'],
    ['Yesterday Norvik’s chief executive Emil Sorensen declined to comment.', 'Norvik’s chief executive Emil Sorensen'],
  ])('%s', (sentence, text) => {
    const article = story([sentence]);
    const [claim] = claimsOf(article, 'role');
    expect({ start: claim?.start, end: claim?.end, slice: article.slice(claim?.start, claim?.end) }).toEqual({ start: article.indexOf(text), end: article.indexOf(text) + text.length, slice: text });
  });
});

describe('role: occupations and offices before the name', () => {
  it.each([
    ['Crane operator Milo Ferrant, speaking from the quay, described the fall.', 'Crane operator Milo Ferrant', 'Milo Ferrant', 'Crane operator'],
    ['Among the injured was crane operator Milo Ferrant.', 'crane operator Milo Ferrant', 'Milo Ferrant', 'crane operator'],
    ['Night watchman Otto Brenner, aged 61, saw the smoke.', 'Night watchman Otto Brenner', 'Otto Brenner', 'Night watchman'],
    ['Finance boss Greta Lund says the levy must stay.', 'Finance boss Greta Lund', 'Greta Lund', 'Finance boss'],
    ['The runoff pits the mayor against Labour candidate Emil Dahl.', 'Labour candidate Emil Dahl', 'Emil Dahl', 'Labour candidate'],
    ['Mayor-elect Hanna Sorel will take office in May.', 'Mayor-elect Hanna Sorel', 'Hanna Sorel', 'Mayor-elect'],
    ['Head of government Marek Zelin stays in office.', 'Head of government Marek Zelin', 'Marek Zelin', 'Head of government'],
    ['Head of state Lydia Varn signed the law.', 'Head of state Lydia Varn', 'Lydia Varn', 'Head of state'],
    ['The Governor of the Kelmar Region Vera Brandt closed the schools.', 'Governor of the Kelmar Region Vera Brandt', 'Vera Brandt', 'Governor of the Kelmar Region'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });

  it('names the person by the surname after a capitalized title when no first name is given', () => {
    expect(roles(['The court fell silent when Judge Orsova read the verdict.'])).toEqual([{ text: 'Judge Orsova', person: 'Orsova', role: 'Judge' }]);
  });
});

describe('role: appositions with prospective and standing titles', () => {
  it.each([
    ['Marek Zelin, the future finance minister, was cautious.', 'Marek Zelin, the future finance minister', 'Marek Zelin', 'future finance minister'],
    ['Marek Zelin, the incoming harbour master, was cautious.', 'Marek Zelin, the incoming harbour master', 'Marek Zelin', 'incoming harbour master'],
    ['Ada Rusk, the flood protection chief, spoke at the school.', 'Ada Rusk, the flood protection chief', 'Ada Rusk', 'flood protection chief'],
    ['Ada Rusk, the civil defence chief, spoke at the school.', 'Ada Rusk, the civil defence chief', 'Ada Rusk', 'civil defence chief'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });

  it('names a surname in apposition by the full name given elsewhere', () => {
    expect(roles(['Rosa Lindqvist lost the race.', 'The count gave Lindqvist, the incumbent mayor, 40%.'])).toEqual([
      { text: 'Lindqvist, the incumbent mayor', person: 'Rosa Lindqvist', role: 'incumbent mayor' },
    ]);
  });
});

describe('role: offices and occupations the lexicon names', () => {
  it.each([
    ['Taoiseach Ivo Santek opened the new quay.', 'Taoiseach Ivo Santek', 'Ivo Santek', 'Taoiseach'],
    ['The fair was opened by Governor-General Rhea Marlow on Monday.', 'Governor-General Rhea Marlow', 'Rhea Marlow', 'Governor-General'],
    ['The board named Vellmouth Regatta supremo Tobin Greer to run the race.', 'Vellmouth Regatta supremo Tobin Greer', 'Tobin Greer', 'Vellmouth Regatta supremo'],
    ['Harbour board member Ida Vosk said the fees would rise.', 'Harbour board member Ida Vosk', 'Ida Vosk', 'Harbour board member'],
    ['Ida Vosk, a PRB board member, said the fees would rise.', 'Ida Vosk, a PRB board member', 'Ida Vosk', 'PRB board member'],
    ['PRB member Ida Vosk said the fees would rise.', 'PRB member Ida Vosk', 'Ida Vosk', 'PRB member'],
    ['Tour guide Ansel Brink led the group.', 'Tour guide Ansel Brink', 'Ansel Brink', 'Tour guide'],
    ['Ansel Brink, a Danish tourist, filmed the wave.', 'Ansel Brink, a Danish tourist', 'Ansel Brink', 'Danish tourist'],
    ['Ansel Brink, co-director of the Vote Blue group, said yes.', 'Ansel Brink, co-director of the Vote Blue group', 'Ansel Brink', 'co-director of the Vote Blue group'],
    ['The service was led by the Bishop of Vellmouth, Ansel Brink.', 'Bishop of Vellmouth, Ansel Brink', 'Ansel Brink', 'Bishop of Vellmouth'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: appositions whose title takes a complement', () => {
  it.each([
    ['Ada Brook, an economist with the Harbour Chamber of Commerce, said the fall was expected.', 'Ada Brook, an economist with the Harbour Chamber of Commerce', 'economist with the Harbour Chamber of Commerce'],
    ['The ferry was seized, said Ada Brook, police chief in the southern Vell region.', 'Ada Brook, police chief in the southern Vell region', 'police chief in the southern Vell region'],
    ['Ada Brook, the judge presiding over the trial, read the verdict.', 'Ada Brook, the judge presiding over the trial', 'judge presiding over the trial'],
    ['Ada Brook, spokeswoman for the Keep the 5th group, said no.', 'Ada Brook, spokeswoman for the Keep the 5th group', 'spokeswoman for the Keep the 5th group'],
    ['“The signal is strong,” said Ada Brook, the rover’s manager.', 'Ada Brook, the rover’s manager', 'rover’s manager'],
    ['“The orbit is stable,” said Ada Brook, flight operations director.', 'Ada Brook, flight operations director', 'flight operations director'],
    ['Ada Brook, another tourism official, said the path was closed.', 'Ada Brook, another tourism official', 'tourism official'],
    ['Ada Brook, Norland’s minister for information and communication, said no.', 'Ada Brook, Norland’s minister for information and communication', 'Norland’s minister for information and communication'],
    [
      '“We are ready,” Ada Brook, the spokeswoman for Norland’s flood agency NFA said in a briefing.',
      'Ada Brook, the spokeswoman for Norland’s flood agency NFA',
      'spokeswoman for Norland’s flood agency NFA',
    ],
  ])('%s', (sentence, text, role) => {
    expect(roles([sentence])).toEqual([{ text, person: 'Ada Brook', role }]);
  });
});

describe('role: abbreviated ranks and grades inside a title', () => {
  it.each([
    ['The toll could rise, Vell provincial police Lt. Ada Brook told reporters.', 'Vell provincial police Lt. Ada Brook', 'Ada Brook', 'Vell provincial police Lt.'],
    ['The court convicted former Norland army chief Gen. Ivo Santek of fraud.', 'former Norland army chief Gen. Ivo Santek', 'Ivo Santek', 'former Norland army chief Gen.'],
    ['Midshipman 3rd Class Ivo Santek was on leave.', 'Midshipman 3rd Class Ivo Santek', 'Ivo Santek', 'Midshipman 3rd Class'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: a title, a comma, then the name', () => {
  it.each([
    ['The Head of the Coastal Flood Agency, Tomas Reinik, said the dikes held.', 'Head of the Coastal Flood Agency, Tomas Reinik', 'Tomas Reinik', 'Head of the Coastal Flood Agency'],
    ['The Director of the Coastal Flood Agency (CFA), Tomas Reinik, said the dikes held.', 'Director of the Coastal Flood Agency (CFA), Tomas Reinik', 'Tomas Reinik', 'Director of the Coastal Flood Agency (CFA)'],
  ])('%s', (sentence, text, person, role) => {
    expect(roles([sentence])).toEqual([{ text, person, role }]);
  });
});

describe('role: a title in apposition, naming a body whose name holds common words', () => {
  it('keeps capitalized words such as `Now` and `Yes` inside the body’s name', () => {
    expect(roles(['“We won,” said Orla Brennan, co-director of the Now for Harbours group.'])).toEqual([
      { text: 'Orla Brennan, co-director of the Now for Harbours group', person: 'Orla Brennan', role: 'co-director of the Now for Harbours group' },
    ]);
  });
});
