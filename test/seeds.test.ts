/**
 * What the seeds report must show (issue #2): the real titles, every quote with its speaker,
 * the money range, every date with its year, roles, and nothing from site chrome.
 */
import { describe, expect, it } from 'vitest';
import { crosscheck } from '../src/index.js';
import type { AnyClaim, Kind } from '../src/model.js';

const comparison = await crosscheck(['seeds']);
const claims = comparison.groups.flatMap((g) => g.claims);
const of = (kind: Kind, source: string) => claims.filter((c): c is AnyClaim => c.kind === kind && c.source.startsWith(source));
const find = (kind: Kind, source: string, text: string) => of(kind, source).find((c) => c.text.includes(text));

describe('the seeds', () => {
  it('have their headlines as titles, not breadcrumbs', () => {
    expect(comparison.sources.map((s) => s.title)).toEqual([
      'Russia Offers to Supply S-400 Air Defense System to Belarus',
      'Putin wants to deploy S-400 air defense systems in Belarus',
      'Russia to send arms, ‘maybe even S-400s’, to Belarus: Lukashenko',
    ]);
  });

  it.each([
    ['000', 'We are in close contact', 'Andrey Boytsov'],
    ['000', 'In case of an application', 'Andrey Boytsov'],
    ['000', 'There is no NATO buildup', 'Oana Lungescu'],
    ['001', 'Belarus has recently made accusations', 'Igor Korotchenko'],
    ['002', 'Russia in the near future', 'Alexander Lukashenko'],
    ['002', 'Maybe even S-400s', 'Alexander Lukashenko'],
    ['002', 'In a word, the most modern equipment', 'Alexander Lukashenko'],
    ['002', 'for a special price, on credit.', 'Alexander Lukashenko'],
  ])('%s: the quote “%s…” is by %s', (source, words, speaker) => {
    const quote = find('quote', source, words);
    expect(quote?.value).toMatchObject({ speaker });
  });

  it.each([
    ['The Big Conversation with the President'],
    ['union state'],
    ['protection of fraternal territory'],
    ['s statement'],
  ])('do not read “%s” as anybody’s quote', (words) => {
    expect(claims.filter((c) => c.kind === 'quote' && c.text.includes(words))).toEqual([]);
  });

  it('have the money range as one claim', () => {
    expect(of('money', '001').map((c) => [c.text, c.value])).toEqual([['between $ 1.6 billion and $ 2 billion', { currency: 'USD', min: 1.6e9, max: 2e9, approximate: false }]]);
  });

  it.each([
    ['000', 'January', '2021-01-01', '2021-01-31'],
    ['000', 'last August', '2020-08-01', '2020-08-31'],
    ['000', '2014', '2014-01-01', '2014-12-31'],
    ['001', 'February 2020', '2020-02-01', '2020-02-29'],
    ['002', 'September 10 until 16', '2021-09-10', '2021-09-16'],
    ['002', 'September 9', '2021-09-09', '2021-09-09'],
    ['002', 'August 9', '2021-08-09', '2021-08-09'],
    ['002', 'last year', '2020-01-01', '2020-12-31'],
  ])('%s: the date “%s” runs %s to %s', (source, text, start, end) => {
    expect(find('date', source, text)?.value).toMatchObject({ start, end });
  });

  it('makes no claim of a weekday that no publication day places (002: “on Wednesday”)', () => {
    expect(find('date', '002', 'Wednesday')).toBeUndefined();
  });

  it.each([
    ['000', 'Oana Lungescu', 'NATO spokeswoman'],
    ['000', 'Andrey Boytsov', 'First Deputy Head of the Russian Federal Military and Technical Cooperation Service'],
    ['001', 'Igor Korotchenko', 'editor-in-chief of the National Defense'],
    ['002', 'Alexander Lukashenko', 'Belarusian leader'],
  ])('%s: %s is %s', (source, person, role) => {
    expect(of('role', source).map((c) => c.value)).toContainEqual({ person, role });
  });

  it.each([
    ['000', '5,000 NATO troops', { min: 5000, max: 5000, unit: 'troop' }],
    ['002', 'dozens of planes', { unit: 'plane', approximate: true }],
    ['001', '100%', { min: 100, max: 100 }],
    ['001', '45-50 minutes', { min: 45, max: 50, unit: 'minute' }],
    ['002', 'eight-hour', { min: 8, max: 8, unit: 'hour' }],
    ['001', '12 months', { min: 12, max: 12, unit: 'month' }],
  ])('%s: “%s” has its value', (source, text, value) => {
    expect(claims.find((c) => c.source.startsWith(source) && c.text === text)?.value).toMatchObject(value);
  });

  it('take no claim from site chrome', () => {
    for (const source of comparison.sources) {
      for (const chrome of source.boilerplate) {
        expect(claims.filter((c) => c.source === source.id && c.start < chrome.end && c.end > chrome.start)).toEqual([]);
      }
    }
    expect(comparison.sources.map((s) => s.boilerplate.length)).toEqual([2, 4, 0]);
  });
});
