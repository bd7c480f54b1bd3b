import { describe, expect, it } from 'vitest';
import { found } from './found.js';

const share = (min: number, max = min, more: object = {}) => ({ min, max, approximate: false, ...more });

describe('percent', () => {
  it.each([
    ['The plan relies on 100% barter.', '100%', share(100)],
    ['He won 48.66% of the vote.', '48.66%', share(48.66)],
    ['He won 48.7 percent of the vote.', '48.7 percent', share(48.7)],
    ['Prices rose 12 per cent in May.', '12 per cent', share(12)],
    ['Prices rose 12 pct in May.', '12 pct', share(12)],
    ['Prices rose 12 % in May.', '12 %', share(12)],
    ['Support stands between 10 and 15 percent.', 'between 10 and 15 percent', share(10, 15)],
    ['Support stands at 10% to 15%.', '10% to 15%', share(10, 15)],
    ['Support stands at 10–15%.', '10–15%', share(10, 15)],
    ['Nearly 60% backed the plan.', 'Nearly 60%', share(60, 60, { approximate: true, bound: 'upper' })],
    ['Up to 40% may be lost.', 'Up to 40%', share(40, 40, { bound: 'upper' })],
    ['Fifty percent voted no.', 'Fifty percent', share(50)],
    ['Turnout reached 61.2pc in the city.', '61.2pc', share(61.2)],
    ['The bank set its rate at .75 percent.', '.75 percent', share(0.75)],
    ['The bank lifted its rate a quarter of a percent.', 'a quarter of a percent', share(0.25)],
    ['The rate band moved to ¼ to ½ percent.', '¼ to ½ percent', share(0.25, 0.5)],
    ['The rate stays between zero and half a percent.', 'between zero and half a percent', share(0, 0.5)],
    ['Inflation ran at 2½ per cent.', '2½ per cent', share(2.5)],
    ['In all 412,000 – 38 per cent – stayed away.', '38 per cent', share(38)],
  ])('%s', (text, slice, value) => {
    expect(found(text, 'percent')).toEqual([{ text: slice, value }]);
  });

  it('reads a fall from a bigger to a smaller share as two figures', () => {
    expect(found('Support fell from 15 to 10 percent.', 'percent')).toEqual([
      { text: '15', value: share(15) },
      { text: '10 percent', value: share(10) },
    ]);
  });
});
