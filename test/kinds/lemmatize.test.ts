import { describe, expect, it } from 'vitest';
import { isPlural, lemmatize } from '../../src/kinds/lemmatize.js';

describe('lemmatize', () => {
  it.each([
    ['troops', 'troop'],
    ['countries', 'country'],
    ['helicopters', 'helicopter'],
    ['people', 'person'],
    ['batteries', 'battery'],
    ['vehicles', 'vehicle'],
    ['taxes', 'tax'],
    ['processes', 'process'],
    ['churches', 'church'],
    ['buses', 'bus'],
    ['days', 'day'],
    ['men', 'man'],
    ['crises', 'crisis'],
    ['aircraft', 'aircraft'],
    ['troop', 'troop'],
    ['news', 'news'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmatize(word)).toBe(lemma);
  });
});

describe('isPlural', () => {
  it.each([
    ['troops', true],
    ['people', true],
    ['personnel', true],
    ['troop', false],
    ['bus', false],
    ['analysis', false],
    ['news', false],
    ['its', false],
  ])('%s', (word, plural) => {
    expect(isPlural(word)).toBe(plural);
  });
});
