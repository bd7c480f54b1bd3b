/** Date stamps at the top of a page: metadata that gives the publication day, never claims. */
import { describe, expect, it } from 'vitest';
import { toSource } from '../../src/ingest/index.js';
import { claimsOf } from '../helpers.js';

const published = (text: string) => toSource('page.txt', text).published;

describe('a date stamp at the top of a page', () => {
  it.each([
    ['Ferry strike ends\n\nPublished 7:15 am Wednesday, May 13, 2015\n\nThe ferries sailed again.\n', '2015-05-13'],
    ['March 4, 2019 / 9:40 AM / 6 years ago\n\nFerry strike ends\n\nThe ferries sailed again.\n', '2019-03-04'],
    ['Tue, 05 March 2019\nNews > Transport\n\nFerry strike ends\n\nThe ferries sailed again.\n', '2019-03-05'],
    [' date 2019-03-04 Ferry strike ends after the union accepts a deal.\n', '2019-03-04'],
    ['Updated: 04 Mar 2019, 10:12 AM IST\n\nFerry strike ends\n', '2019-03-04'],
    // The day the page was saved sits above the article's own, labelled stamp.
    ['Sun | Jan 12, 2025\n\nFerry strike ends\n\nPublished: Monday | March 4, 2019 | 12:00 AM\n\nThe ferries sailed again.\n', '2019-03-04'],
    ['Jan 12, 2025\n\nFerry strike ends\n\nThis article was published 3/4/2019 (2,140 days ago), so it may be out of date.\n\nThe ferries sailed.\n', '2019-03-04'],
    // The text is as of its last update.
    ['Ferry strike ends\n\nThis story was published March 4, 2019 and updated March 5 and 6.\n\nThe ferries sailed.\n', '2019-03-06'],
    ['Ferry strike ends\n\nThis story was published March 4, 2019 and updated March 7, 2019.\n\nThe ferries sailed.\n', '2019-03-07'],
  ])('gives the publication day: %j', (text, day) => {
    expect(published(text)).toBe(day);
  });

  it.each([
    ['Ferry strike ends\n\nThe report, published on March 4, 2019, said the ferries would sail.\n'],
    ['Ferry strike ends\n\nThe order is dated 2019-03-04.\n'],
    ['Ferry strike ends\n\nIn an interview published yesterday, the union leader said the strike was over.\n'],
    ['Ferry strike ends\n\nMarch 4\n\nThe ferries sailed again.\n'],
  ])('leaves sentences and dates without a year alone: %j', (text) => {
    expect(published(text)).toBeNull();
  });

  it('states no claim: neither its date nor `6 years ago`', () => {
    const text = 'March 4, 2019 / 9:40 AM / 6 years ago\n\nFerry strike ends\n\nThe ferries sailed again on Saturday after 12 days.\n';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual(['Saturday', '12 days']);
  });

  it('states no claim from its updates either', () => {
    const text = 'Ferry strike ends\n\nThis story was published March 4, 2019 and updated March 5 and 6.\n\nThe ferries sailed again on Saturday.\n';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual(['Saturday']);
  });

  it('is not taken for the headline', () => {
    expect(toSource('page.txt', 'March 4, 2019 / 9:40 AM / 6 years ago\n\nFerry strike ends after deal\n\nThe ferries sailed.\n').title).toBe('Ferry strike ends after deal');
  });

  it('places the weekdays of the article: a past Saturday is the one before', () => {
    const [saturday] = claimsOf('March 4, 2019 / 9:40 AM\n\nFerry strike ends\n\nThe ferries sailed again on Saturday.\n', 'date');
    expect(saturday?.value).toMatchObject({ start: '2019-03-02', end: '2019-03-02' });
  });
});
