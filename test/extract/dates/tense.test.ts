import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../src/extract/dates/tense.js';

/** The tense at the first occurrence of `date` in `text`. */
const tenseOf = (text: string, date: string) => tenseAt(text, text.indexOf(date), text.indexOf(date) + date.length);

describe('tenseAt', () => {
  it.each<[string, string, ReturnType<typeof tenseAt>]>([
    ['They will meet on Friday.', 'Friday', 'future'],
    ["They'll meet on Friday.", 'Friday', 'future'],
    ['They’ll meet on Friday.', 'Friday', 'future'],
    ['They are due to meet on Friday.', 'Friday', 'future'],
    ['They are expected to meet on Friday.', 'Friday', 'future'],
    ['They met on Friday.', 'Friday', 'past'],
    // An expectation or hope looks ahead, even when it was reported in the past.
    ['She said they expect the bill to be passed by Friday.', 'Friday', 'future'],
    ['He added he expected a new chief in place by Friday.', 'Friday', 'future'],
    ['The members hope to have elected a leader by Friday.', 'Friday', 'future'],
    ['The mayor, who is widely expected to run again in the Friday vote, was absent.', 'Friday', 'future'],
    // Passive participles take the auxiliary's tense; `planned` is no past.
    ['The vote will be held on Friday.', 'Friday', 'future'],
    ['The deal will be submitted for approval on Friday.', 'Friday', 'future'],
    ['The planned vote on Friday.', 'Friday', null],
    ['The deal has been signed on Friday.', 'Friday', 'past'],
    ['They signed it on Friday.', 'Friday', 'past'],
    ['Aid will come, he was quoted as saying on Friday.', 'Friday', 'past'],
    ['On Friday, they will meet.', 'Friday', 'future'],
    // `will last` is a verb of the future; `last` alone is no past cue.
    ['The drills will last from Friday.', 'Friday', 'future'],
    // `need`, `indeed` and names ending in -ed are no past forms.
    ['They need a deal on Friday, Ahmed thinks.', 'Friday', null],
    ['A summit on Friday.', 'Friday', null],
  ])('%s', (text, date, expected) => {
    expect(tenseOf(text, date)).toBe(expected);
  });
});
