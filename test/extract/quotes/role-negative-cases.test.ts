import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../helpers.js';
import { story } from './story.js';

describe('role: texts that name no role', () => {
  it.each([
    ['a title without a name', 'The President’s office declined to comment on the bridge.'],
    ['a title with straight possessive', "The President's office declined to comment on the bridge."],
    ['authors', 'The authors suggest that the port needs a new crane.'],
    ['a lowercase author', 'Therefore, the author suggests the city may ask for a loan.'],
    ['a plural title before places', 'Alliance members Poland, Lithuania and Latvia took part in the drill.'],
    ['a title before a weekday', 'The president Tuesday signed the harbour bill.'],
    ['a title before a country', 'The prime minister of Moldova arrived by ferry.'],
    ['plural leaders', 'Opposition leaders and protesters marched to the port.'],
    ['a possessive title', 'The authoritarian leader’s comments came late.'],
    ['an organisation alone', 'The Northern Shipping and Logistics Agency said the fleet is ready.'],
    ['a senior official without a name', 'The offer came from a senior Riga official.'],
    ['an apposition without a title', 'Ivo Santek, a keen sailor, opened the race.'],
    ['a list of names', 'Ivo Santek, Lena Ostrova and Pavel Dronov voted for the bridge.'],
  ])('%s', (_name, sentence) => {
    expect(claimsOf(story([sentence]), 'role')).toEqual([]);
  });
});
