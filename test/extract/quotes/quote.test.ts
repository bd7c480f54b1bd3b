import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

const quotes = (paragraphs: string[], headline?: string) =>
  claimsOf(story(paragraphs, headline), 'quote').map((claim) => ({ text: claim.text, ...claim.value }));

describe('quote: the speaker named in the sentence', () => {
  it.each([
    ['“The bridge will open in spring,” Marta Kovalenko was quoted as saying.', '“The bridge will open in spring,”', 'Marta Kovalenko', 'The bridge will open in spring'],
    ['“Costs have doubled since March,” Pavel Dronov said in a comment.', '“Costs have doubled since March,”', 'Pavel Dronov', 'Costs have doubled since March'],
    ['“We will not wait any longer,” said Elena Brask.', '“We will not wait any longer,”', 'Elena Brask', 'We will not wait any longer'],
    ['At the fair in Riga, deputy mayor Tomas Reinik remarked, “The tender was fair and open.”', '“The tender was fair and open.”', 'Tomas Reinik', 'The tender was fair and open.'],
    ['Lena Ostrova said: “The ferry will keep running until the bridge opens.”', '“The ferry will keep running until the bridge opens.”', 'Lena Ostrova', 'The ferry will keep running until the bridge opens.'],
    ['“There is no shortage of steel,” IPA spokeswoman Ilse Varga said in a statement.', '“There is no shortage of steel,”', 'Ilse Varga', 'There is no shortage of steel'],
    ['Mayor Ivo Santek told reporters: “We have the money.”', '“We have the money.”', 'Ivo Santek', 'We have the money.'],
    ['“Nothing was decided,” according to Pavel Dronov.', '“Nothing was decided,”', 'Pavel Dronov', 'Nothing was decided'],
    ['According to Pavel Dronov, “nothing was decided at the meeting.”', '“nothing was decided at the meeting.”', 'Pavel Dronov', 'nothing was decided at the meeting.'],
    ['"The road is closed," Marta Kovalenko said.', '"The road is closed,"', 'Marta Kovalenko', 'The road is closed'],
    ['«The road is closed», Marta Kovalenko said.', '«The road is closed»', 'Marta Kovalenko', 'The road is closed'],
    ['„The road is closed“, Marta Kovalenko said.', '„The road is closed“', 'Marta Kovalenko', 'The road is closed'],
    // Curly and straight marks mixed in one quotation.
    ['“The road is closed," Marta Kovalenko said.', '“The road is closed,"', 'Marta Kovalenko', 'The road is closed'],
    ['"The road is closed,” Marta Kovalenko said.', '"The road is closed,”', 'Marta Kovalenko', 'The road is closed'],
    ['“The pier will reopen,” Marta Kovalenko vowed.', '“The pier will reopen,”', 'Marta Kovalenko', 'The pier will reopen'],
    ['“The pier will reopen,” said Eastway Ferries chief executive Jonas Perl.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    ['“The pier will reopen,” stated the Chief Executive of Eastway Ferries Jonas Perl.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    ['“The pier will reopen,” said Blue Lantern leader Jonas Perl.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    // A name set off by a long apposition before its verb, and a long title set off by a comma after it.
    ['“The pier will reopen,” Jonas Perl, the harbour board’s officer for ferries and small craft, said at a briefing.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    ['“The pier will reopen,” said the Methodist Bishop of Eastwick, Jonas Perl, whose chapel was damaged.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    ['“The pier will reopen,” Jonas Perl, the skipper of the No.4 ferry, added.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    ['“The pier will reopen,” Jonas Perl, spokesman of the harbour agency HBA said in a briefing.', '“The pier will reopen,”', 'Jonas Perl', 'The pier will reopen'],
    // A quote in mid-clause, the speaker in the clause that closes the sentence.
    ['The new toll is “a disgrace for everyone on the island” by any measure, harbour master Lena Ostrova said.', '“a disgrace for everyone on the island”', 'Lena Ostrova', 'a disgrace for everyone on the island'],
    // A possessive name in the apposition qualifies the title: the speaker is the name before it.
    ['Marta Kovalenko, Ivo Santek’s deputy, said: “The pier will reopen.”', '“The pier will reopen.”', 'Marta Kovalenko', 'The pier will reopen.'],
    // Short titles with a period, and a surname that is also a month.
    ['“Most of them had broken ribs,” said Dr. Ilse Varga, head of the trauma ward.', '“Most of them had broken ribs,”', 'Ilse Varga', 'Most of them had broken ribs'],
    ['“The count may still rise,” county police Sgt. Jonas Perl told reporters.', '“The count may still rise,”', 'Jonas Perl', 'The count may still rise'],
    ['Mrs March said: “The pier will reopen in spring.”', '“The pier will reopen in spring.”', 'March', 'The pier will reopen in spring.'],
    ['Ada May told reporters: “The pier will reopen in spring.”', '“The pier will reopen in spring.”', 'Ada May', 'The pier will reopen in spring.'],
    ['At the pier, May said: “The pier will reopen in spring.”', '“The pier will reopen in spring.”', 'May', 'The pier will reopen in spring.'],
  ])('%s', (sentence, text, speaker, words) => {
    expect(quotes([sentence])).toEqual([{ text, speaker, words }]);
  });
});

it('gives a coordinated speech verb the subject of the clause before (`…, but added “…”`)', () => {
  expect(quotes(['Ines Falk said the verdict gave her “peace”, but added there was no comfort “unless the ferry runs again,” in an interview.']).map((q) => q.speaker)).toEqual(['Ines Falk', 'Ines Falk']);
});

describe('quote: shapes of the quotation', () => {
  it('keeps a multi-sentence quote with an ellipsis and dashes as one claim', () => {
    const found = quotes(['“The work … will resume – I cannot say when – in the spring. We are ready. Trust us,” Pavel Dronov said.']);
    expect(found).toEqual([{ text: '“The work … will resume – I cannot say when – in the spring. We are ready. Trust us,”', speaker: 'Pavel Dronov', words: 'The work … will resume – I cannot say when – in the spring. We are ready. Trust us' }]);
  });

  it('gives a partial quote inside reported speech to the named subject', () => {
    const found = quotes(['Ivo Santek expressed an interest in the tunnel, saying the city had asked Mayor Lena Ostrova for a loan “at a low rate, over ten years.”']);
    expect(found).toEqual([{ text: '“at a low rate, over ten years.”', speaker: 'Ivo Santek', words: 'at a low rate, over ten years.' }]);
  });

  it('reads a headline quote in single marks attributed after a colon', () => {
    const found = quotes(['Mayor Lena Ostrova spoke at the port on Monday.'], 'Port to get cranes, ‘maybe even a new dock’, in May: Ostrova');
    expect(found).toEqual([{ text: '‘maybe even a new dock’', speaker: 'Lena Ostrova', words: 'maybe even a new dock' }]);
  });

  it('reads a headline that names the speaker before a colon', () => {
    const found = quotes(['Mayor Lena Ostrova spoke at the port on Monday.'], 'Ostrova: “The port will stay open”');
    expect(found).toEqual([{ text: '“The port will stay open”', speaker: 'Lena Ostrova', words: 'The port will stay open' }]);
  });

  it('names the speaker by the fullest name the source gives, without the title', () => {
    const found = quotes(['Harbour master Pavel Dronov visited the site.', '“It is safe to cross,” Dronov said in a comment.']);
    expect(found).toEqual([{ text: '“It is safe to cross,”', speaker: 'Pavel Dronov', words: 'It is safe to cross' }]);
  });

  it('finds two quotes around one attribution', () => {
    const found = quotes(['“The cranes are old,” Lena Ostrova said, “and they will be replaced.”']);
    expect(found.map((q) => [q.words, q.speaker])).toEqual([
      ['The cranes are old', 'Lena Ostrova'],
      ['and they will be replaced.', 'Lena Ostrova'],
    ]);
  });

  it('keeps a short quote when a speech verb attributes it, even to nobody named', () => {
    expect(quotes(['The ministry said the talks were “useful and calm.”'])).toEqual([{ text: '“useful and calm.”', speaker: null, words: 'useful and calm.' }]);
  });

  it('places the claim exactly on the quotation, marks included', () => {
    const text = story(['Lena Ostrova said: “The ferry runs daily.”']);
    const [claim] = claimsOf(text, 'quote');
    expect(claim && text.slice(claim.start, claim.end)).toBe('“The ferry runs daily.”');
  });
});
