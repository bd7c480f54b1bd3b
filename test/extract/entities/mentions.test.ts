import { describe, expect, it } from 'vitest';
import { extractFrom } from '../../helpers.js';

const HEADLINE = 'Harbour town weighs a new bridge';
const mentionsOf = (paragraphs: string[], headline = HEADLINE) =>
  extractFrom([headline, ...paragraphs].join('\n')).mentions.map(({ text, type, key }) => ({ text, type, key }));

describe('findMentions: types and keys', () => {
  it.each([
    ['a full name', 'The tender went to Marta Kovalenko in the end.', { text: 'Marta Kovalenko', type: 'person', key: 'kovalenko' }],
    ['a name after a title', 'The port thanked spokeswoman Ilse Varga for her work.', { text: 'Ilse Varga', type: 'person', key: 'varga' }],
    ['a surname after a capitalized title', 'The port thanked Mayor Santek for his work.', { text: 'Santek', type: 'person', key: 'santek' }],
    ['a name after `title for` and the portfolio', '“It is late,” said Port Commissioner for Fisheries Ilse Varga.', { text: 'Ilse Varga', type: 'person', key: 'varga' }],
    ['a surname after a short title with a period', 'The port thanked Dr. Varga for her work.', { text: 'Varga', type: 'person', key: 'varga' }],
    ['a surname after an abbreviated rank', 'The port thanked Lt. Perl for his work.', { text: 'Perl', type: 'person', key: 'perl' }],
    ['a surname that is a month, after an honorific', 'The port thanked Mrs June for her work.', { text: 'June', type: 'person', key: 'june' }],
    ['a surname that is a month, after a first name', 'The port thanked Lena May for her work.', { text: 'Lena May', type: 'person', key: 'may' }],
    ['a surname that is a modal verb, after an honorific', 'The port thanked Ms Might for her work.', { text: 'Might', type: 'person', key: 'might' }],
    ['a surname before a speech verb', 'Later, Dronov also revealed the cost of the bridge.', { text: 'Dronov', type: 'person', key: 'dronov' }],
    ['a sentence-initial surname before a speech verb', 'Dronov said the cost had doubled.', { text: 'Dronov', type: 'person', key: 'dronov' }],
    ['a surname after said', '“It is late,” said Dronov.', { text: 'Dronov', type: 'person', key: 'dronov' }],
    ['a surname before a title in apposition', 'On Monday the council heard Dronov, spokesman of the port, for an hour.', { text: 'Dronov', type: 'person', key: 'dronov' }],
    ['an agency', 'The Harbour Safety Agency inspected the cranes.', { text: 'Harbour Safety Agency', type: 'organization', key: 'harbour safety agency' }],
    ['an organisation joined by of', 'The port reported to the Ministry of Transport last week.', { text: 'Ministry of Transport', type: 'organization', key: 'ministry of transport' }],
    ['an acronym', 'Inspectors from IMO visited the port.', { text: 'IMO', type: 'organization', key: 'imo' }],
    ['a news outlet after its noun', 'The story ran in the daily newspaper Harbour Review first.', { text: 'Harbour Review', type: 'organization', key: 'harbour review' }],
    ['a name set off by a comma after an agency', 'The head of the Flood Agency, Tomas Reinik, spoke first.', { text: 'Tomas Reinik', type: 'person', key: 'reinik' }],
    ['a country', 'The ferry sails to Estonia twice a day.', { text: 'Estonia', type: 'place', key: 'estonia' }],
    ['a demonym', 'Belarussian drivers queued at the border.', { text: 'Belarussian', type: 'place', key: 'belarus' }],
    ['another spelling of the demonym', 'The Belarusian drivers queued at the border.', { text: 'Belarusian', type: 'place', key: 'belarus' }],
    ['a city', 'The ferry from Riga arrived late.', { text: 'Riga', type: 'place', key: 'riga' }],
    ['a place with a cue word', 'Trucks waited near Tallinn Cargo Airport all night.', { text: 'Tallinn Cargo Airport', type: 'place', key: 'tallinn cargo airport' }],
    ['an alias', 'The European Union paid for the study.', { text: 'European Union', type: 'organization', key: 'eu' }],
    ['a system', 'The army wants S-300 batteries.', { text: 'S-300', type: 'system', key: 's-300' }],
    ['a plural system', 'The army wants S-400s for the coast.', { text: 'S-400s', type: 'system', key: 's-400' }],
    ['a fighter', 'Two Su-30SM fighters flew over the port.', { text: 'Su-30SM', type: 'system', key: 'su-30sm' }],
    ['a helicopter', 'A Mi-35 helicopter landed on the pier.', { text: 'Mi-35', type: 'system', key: 'mi-35' }],
    ['a named system with a letter suffix', 'The Pantsir-S1 units stayed inland.', { text: 'Pantsir-S1', type: 'system', key: 'pantsir-s1' }],
    ['an event with its year', 'The Baltops-2022 drills start in June.', { text: 'Baltops-2022', type: 'other', key: 'baltops-2022' }],
  ])('%s', (_name, sentence, expected) => {
    expect(mentionsOf([sentence])).toContainEqual(expected);
  });

  it('shares a person key between the full name and the surname', () => {
    const found = mentionsOf(['Harbour master Igor Pasko visited the site.', 'The council later thanked Pasko for the plan.']);
    expect(found.filter((m) => m.type === 'person')).toEqual([
      { text: 'Igor Pasko', type: 'person', key: 'pasko' },
      { text: 'Pasko', type: 'person', key: 'pasko' },
    ]);
  });

  it('splits a title from the name and the demonym before it', () => {
    expect(mentionsOf(['Talks with Romanian President Mihai Dobrescu are due.'])).toEqual([
      { text: 'Romanian', type: 'place', key: 'romania' },
      { text: 'Mihai Dobrescu', type: 'person', key: 'dobrescu' },
    ]);
  });

  it('splits an organisation from the name that follows it', () => {
    expect(mentionsOf(['First Deputy Head of the Northern Shipping and Logistics Agency Marta Kovalenko spoke.'])).toEqual([
      { text: 'Northern Shipping and Logistics Agency', type: 'organization', key: 'northern shipping and logistics agency' },
      { text: 'Marta Kovalenko', type: 'person', key: 'kovalenko' },
    ]);
  });

  it('splits the office from the name after `title of`', () => {
    expect(mentionsOf(['Talks with Secretary of Transport Ann Kello ended.']).filter((m) => m.type === 'person')).toEqual([{ text: 'Ann Kello', type: 'person', key: 'kello' }]);
  });

  it('splits a hyphenated pair of demonyms', () => {
    expect(mentionsOf(['Trucks queued on the Polish-Lithuanian border.'])).toEqual([
      { text: 'Polish', type: 'place', key: 'poland' },
      { text: 'Lithuanian', type: 'place', key: 'lithuania' },
    ]);
  });

  it('keeps a possessive off the name', () => {
    expect(mentionsOf(['The plan followed air chief Ivo Santek‘s visit.'])).toEqual([{ text: 'Ivo Santek', type: 'person', key: 'santek' }]);
  });

  it('types a headline name by the body', () => {
    const found = mentionsOf(['Mayor Lena Ostrova opened the bridge.'], 'Bridge opens in Riga, says Ostrova');
    expect(found).toContainEqual({ text: 'Ostrova', type: 'person', key: 'ostrova' });
    expect(found).toContainEqual({ text: 'Riga', type: 'place', key: 'riga' });
  });

  it('gives absolute offsets into the source text', () => {
    const text = [HEADLINE, 'The ferry to Riga left late, Pavel Dronov said.'].join('\n');
    const { mentions, source } = extractFrom(text);
    for (const mention of mentions) expect(source.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map((m) => m.text)).toEqual(['Riga', 'Pavel Dronov']);
  });
});

describe('findMentions: names next to titles', () => {
  it.each([
    ['a body before a lowercase title', 'Blue Harbour leader Mira Castell opened the debate.', [['Blue Harbour', 'organization'], ['Mira Castell', 'person']]],
    ['a body before a title of two words', 'Eastway Ferries chief executive Jonas Perl closed the route.', [['Eastway Ferries', 'organization'], ['Jonas Perl', 'person']]],
    ['a body before a capitalized title', 'Eastway Ferries Chief Executive Jonas Perl closed the route.', [['Eastway Ferries', 'organization'], ['Jonas Perl', 'person']]],
    ['a body after `Chief Executive of`', 'The deal was signed by the Chief Executive of Eastway Ferries Jonas Perl.', [['Eastway Ferries', 'organization'], ['Jonas Perl', 'person']]],
    ['a place before the name after `Governor of the`', 'The Governor of the Kelmar Region Vera Brandt closed the schools.', [['Kelmar Region', 'place'], ['Vera Brandt', 'person']]],
  ])('%s', (_name, sentence, expected) => {
    expect(mentionsOf([sentence]).map((m) => [m.text, m.type])).toEqual(expected);
  });

  it('keeps the title words of a capitalized sequence out of the name', () => {
    const found = mentionsOf(['The Chief Executive of Eastway Ferries Jonas Perl resigned.']);
    expect(found.filter((m) => m.type === 'person')).toEqual([{ text: 'Jonas Perl', type: 'person', key: 'perl' }]);
  });

  it('types a sentence-initial surname as the person named in full earlier', () => {
    const found = mentionsOf(['The race was won by Anton Vilder.', 'Vilder was calm at the finish.']);
    expect(found).toContainEqual({ text: 'Vilder', type: 'person', key: 'vilder' });
  });

  it('keeps a person before a lowercase word that is no title', () => {
    expect(mentionsOf(['The award went to Mira Castell yesterday.'])).toEqual([{ text: 'Mira Castell', type: 'person', key: 'castell' }]);
  });
});

describe('findMentions: surnames with a prefix and middle initials', () => {
  it.each([
    ['a Mc surname opening the sentence before a comma', 'Liam McGrath, head of the port, said no.', { text: 'Liam McGrath', type: 'person', key: 'mcgrath' }],
    ['an O’ surname opening the sentence before a comma', 'Orla O’Brien, a pilot, said no.', { text: 'Orla O’Brien', type: 'person', key: 'o’brien' }],
    ['a middle initial with its period', 'The fees would rise, harbour board member Ida K. Vosk said.', { text: 'Ida K. Vosk', type: 'person', key: 'vosk' }],
    ['a rank’s grade before the name', 'Midshipman 2nd Class Ivo Santek was on leave.', { text: 'Ivo Santek', type: 'person', key: 'santek' }],
  ])('%s', (_name, sentence, expected) => {
    expect(mentionsOf([sentence])).toContainEqual(expected);
  });

  it('makes no person of a single letter that ends a name-like run', () => {
    expect(mentionsOf(['In the end the port chose Plan B.'])).not.toContainEqual(expect.objectContaining({ type: 'person' }));
  });
});
