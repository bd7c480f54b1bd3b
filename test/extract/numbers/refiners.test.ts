import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../src/model.js';
import { claimsOf } from '../../helpers.js';

const NUMBER_KINDS: readonly Kind[] = ['money', 'quantity', 'percent', 'duration'];
const numbers = (text: string) =>
  claimsOf(text).filter((claim) => NUMBER_KINDS.includes(claim.kind)).map(({ kind, text: slice }) => `${kind}: ${slice}`);

describe('dropOverlaps', () => {
  it.each([
    ['The refinery cost 12,400 million dollars to build.', ['money: 12,400 million dollars']],
    ['Billions of dollars went missing.', ['money: Billions of dollars']],
    ['It cost 40 million dollars and 30 tanks.', ['money: 40 million dollars', 'quantity: 30 tanks']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});

describe('mergeRanges', () => {
  it.each([
    ['Between 40 troops and 50 troops took part.', ['quantity: Between 40 troops and 50 troops']],
    ['From 5 tanks to 9 tanks were lost.', ['quantity: From 5 tanks to 9 tanks']],
    ['It cost $5 million to 6 million dollars.', ['money: $5 million to 6 million dollars']],
    ['They lost 5 tanks and 9 tanks.', ['quantity: 5 tanks', 'quantity: 9 tanks']],
    ['They lost 9 tanks to 5 tanks.', ['quantity: 9 tanks', 'quantity: 5 tanks']],
    ['They lost 5 tanks to 9 planes.', ['quantity: 5 tanks', 'quantity: 9 planes']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('gives the merged claim a range value and its exact text', () => {
    const [claim] = claimsOf('Between 40 troops and 50 troops took part.', 'quantity');
    expect(claim?.value).toEqual({ min: 40, max: 50, approximate: false, unit: 'troop' });
  });
});

describe('mergeConversions', () => {
  it.each([
    ['The epicentre lay 80 km (50 miles) west of the port.', ['quantity: 80 km (50 miles)']],
    ['Waves up to four metres (about 13 feet) high struck the shore.', ['quantity: up to four metres (about 13 feet)']],
    ['The lorry was doing 90 mph (145 km/h) on the bridge.', ['quantity: 90 mph (145 km/h)']],
    ['The convoy of 12 trucks (30 tonnes of grain) arrived.', ['quantity: 12 trucks', 'quantity: 30 tonnes']],
    ['The road is 12 km long (the bridge 300 metres).', ['quantity: 12 km', 'quantity: 300 metres']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('states the figure written first', () => {
    const [claim] = claimsOf('The epicentre lay 80 km (50 miles) west of the port.', 'quantity');
    expect(claim?.value).toEqual({ min: 80, max: 80, approximate: false, unit: 'km' });
  });
});

describe('localDollar', () => {
  const currencies = (text: string) => claimsOf(text, 'money').map((claim) => `${claim.text}: ${claim.value.currency}`);

  it.each([
    ['The council spent A$12 million on the pier. The new deck alone cost $3 million.', ['A$12 million: AUD', '$3 million: AUD']],
    ['Ottawa pledged 40 million Canadian dollars, and the province added another 5 million dollars.', ['40 million Canadian dollars: CAD', '5 million dollars: CAD']],
    ['The pier cost $3 million.', ['$3 million: USD']],
    ['The council spent A$12 million and the US firm US$4 million; the deck cost $3 million.', ['A$12 million: AUD', 'US$4 million: USD', '$3 million: USD']],
    ['The council spent A$12 million, the province C$4 million; the deck cost $3 million.', ['A$12 million: AUD', 'C$4 million: CAD', '$3 million: USD']],
  ])('%s', (text, expected) => {
    expect(currencies(text)).toEqual(expected);
  });
});
