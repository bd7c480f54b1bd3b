import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('role: texts that name no role', () => {
  it.each([
    ['a title without a name', 'The President’s office declined to comment on the bridge.'],
    ['a title with straight possessive', "The President's office declined to comment on the bridge."],
    ['a bare title as subject', 'The mayor said the quay would reopen.'],
    ['authors', 'The authors suggest that the port needs a new crane.'],
    ['a lowercase author', 'Therefore, the author suggests the city may ask for a loan.'],
    ['a plural title before places', 'Alliance members Poland, Lithuania and Latvia took part in the drill.'],
    ['a plural title before an acronym and places', 'NATO members Poland, Lithuania and Estonia joined the drill.'],
    ['a title before a weekday', 'The president Tuesday signed the harbour bill.'],
    ['a title before a country', 'The prime minister of Moldova arrived by ferry.'],
    ['plural leaders', 'Opposition leaders and protesters marched to the port.'],
    ['a possessive title', 'The authoritarian leader’s comments came late.'],
    ['an organisation alone', 'The Northern Shipping and Logistics Agency said the fleet is ready.'],
    ['a senior official without a name', 'The offer came from a senior Riga official.'],
    ['a title of several words without a person', 'The Port Authority chief executive officer declined to comment.'],
    ['a lowercase title of several words without a person', 'The chief executive officer said the port would reopen.'],
    ['an apposition without a title', 'Ivo Santek, a keen sailor, opened the race.'],
    ['an age in apposition', 'Lena Ostrova, 52, runs the ferry.'],
    ['a relative clause in apposition', 'Pavel Dronov, who spoke first, asked for a vote.'],
    ['a list of names', 'Ivo Santek, Lena Ostrova and Pavel Dronov voted for the bridge.'],
    ['a title then a list of names', 'He thanked the mayor, Lena Ostrova and Pavel Dronov.'],
    ['a fronted phrase before the subject', 'According to the minister, Ada Brook will resign.'],
    ['a fronted comparison before the subject', 'Unlike the former president, Ivan Dobrev backs the deal.'],
    ['a place after a comma', 'The train runs to the capital, Port Arlen, twice a day.'],
    ['a firm after a comma', 'The stand came from the contractor, Orrin Staging, last year.'],
    ['a ministry named after the title', 'He wrote to the Minister of Fisheries and Coastal Affairs about the quota.'],
    ['ordinary words in apposition after the', 'Lena Ostrova, the quiet neighbour, opened the door.'],
    ['a firm after an operator noun that names firms', 'The route was taken over by ferry operator Nordlys Lines.'],
    ['members of a board without a name', 'Members of the board said the fees would rise.'],
    ['a guide that is a book', 'Ansel Brink wrote a guide to the city.'],
    ['an occupation noun as a modifier', 'The tourist season opened with the Vellmouth Regatta.'],
    ['a complement that runs into the verb', 'Ada Brook, a lawyer in Vell said the fees would rise.'],
    ['a lowercase owner of something that is no title', 'Ada Brook, the city’s residents, said no.'],
    ['an apposition that runs into a speech verb, not after a quote', 'The council heard Ada Brook, the spokeswoman for the port said.'],
    ['a plural occupation before a place', 'The city’s residents Vellmouth and Arlen voted no.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'role')).toEqual([]);
  });
});
