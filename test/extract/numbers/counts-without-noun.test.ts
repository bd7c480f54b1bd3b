/** Counts that real pages write without a noun of their own, and magnitudes. */
import { describe, expect, it } from 'vitest';
import { found } from './found.js';

const count = (unit: string, min: number, more: object = {}) => ({ min, max: min, approximate: false, ...more, unit });

describe('counts whose noun the sentence gives elsewhere', () => {
  it.each([
    ['The death toll rose to 13 on Monday.', '13', count('person', 13)],
    ['The official death toll in the valley alone had reached 1,394.', '1,394', count('person', 1394)],
    ['Police put the official death toll of the flood at five.', 'five', count('person', 5)],
    ['The toll is 145, the prime minister said.', '145', count('person', 145)],
    ['The toll climbed from 98 overnight.', '98', count('person', 98)],
    ['The death toll after the magnitude 6.1 tremor is 145.', '145', count('person', 145)],
    ['The death toll as of 1800 GMT on Tuesday was 274.', '274', count('person', 274)],
    ['The death toll from the flood and the landslides in the northern valleys has jumped to 384.', '384', count('person', 384)],
    ['The final death toll will probably be around 240.', 'around 240', count('person', 240, { approximate: true })],
    ['Divers found 22 more bodies in the hull.', '22 more bodies', count('body', 22)],
    ['Up to 150 other miners were trapped.', 'Up to 150 other miners', count('miner', 150, { bound: 'upper' })],
    ['The train derailed, killing seven and injuring more than 200.', 'seven', count('person', 7)],
    ['The train derailed, killing seven and injuring more than 200.', 'more than 200', count('person', 200, { bound: 'lower' })],
    ['Officials said 540 were injured in the blast.', '540', count('person', 540)],
    ['Of the passengers, 24 were Australian and nine were American.', '24', count('person', 24)],
    ['The hospital treated 94 people, and 35 of them remain in critical condition.', '35 of them', count('person', 35)],
    ['Eight of them were in critical condition.', 'Eight of them', count('person', 8)],
    ['The driver, Ines Varo, 52, was arrested.', '52', count('year of age', 52)],
    ['Pistorius, 27, showed no emotion.', '27', count('year of age', 27)],
    ['The former general, 74, denied the charges.', '74', count('year of age', 74)],
    ['The union said 23,100 voted yes and 17,400 voted against the deal.', '23,100', count('vote', 23_100)],
    ['Scotland cast 1,617,989 for yes.', '1,617,989', count('vote', 1_617_989)],
    ['The toll kept climbing towards 300.', '300', count('person', 300)],
    ['Police expect the final toll to reach "about 300".', 'about 300', count('person', 300, { approximate: true })],
    ['Police raised the number of people reported missing to 40.', '40', count('person', 40)],
    ['The total number of fatalities now exceeds 900.', '900', count('person', 900)],
    ['The bill passed by a majority of 40,210, or 55% to 45%.', '40,210', count('vote', 40_210)],
    ['In all 412,000 – 38 per cent – voted no.', '412,000', count('vote', 412_000)],
    ['Support was 61 per cent –912,000 votes – for the plan.', '912,000 votes', count('vote', 912_000)],
    ['Members backed the deal, approving it 23,100 to 17,400.', '23,100', count('vote', 23_100)],
    ['Members backed the deal, approving it 23,100 to 17,400.', '17,400', count('vote', 17_400)],
    ['The eight-carriage train left the track.', 'eight-carriage', count('carriage', 8)],
    ['A three-judge panel heard the case.', 'three-judge', count('judge', 3)],
    ['The ferry had a crew of five.', 'crew of five', count('crew member', 5)],
  ])('%s → %s', (text, claim, value) => {
    expect(found(text, 'quantity')).toContainEqual({ text: claim, value });
  });
});

describe('earthquake magnitudes', () => {
  it.each([
    ['A magnitude 6.3 quake struck the city.', 'magnitude 6.3'],
    ['The 6.3-magnitude quake struck the city.', '6.3-magnitude'],
    ['A shallow 6.3 magnitude quake struck.', '6.3 magnitude'],
    ['The quake had a magnitude of 6.3, the survey said.', 'magnitude of 6.3'],
    ['A 6.3 earthquake struck the coast.', '6.3'],
    ['The tremor measured 6.3 on the Richter scale.', '6.3 on the Richter scale'],
  ])('%s → %s', (text, claim) => {
    expect(found(text, 'quantity')).toContainEqual({ text: claim, value: count('magnitude', 6.3) });
  });
});

describe('no count without one', () => {
  it.each([
    'The toll road costs $5 to use.',
    'Two of them fled to the hills.',
    'On June 5, 2013, the train left.',
    'Version 2, 3 and 4 of the plan were drafted.',
    'The magnitude of the problem grew 12 times over.',
  ])('%s', (text) => {
    expect(found(text, 'quantity').filter((c) => c.value.unit === 'person' || c.value.unit === 'year of age' || c.value.unit === 'magnitude')).toEqual([]);
  });
});
