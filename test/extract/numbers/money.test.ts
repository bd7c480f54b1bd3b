import { describe, expect, it } from 'vitest';
import { found } from './found.js';

const money = (currency: string, min: number, max = min, more: object = {}) => ({ currency, min, max, approximate: false, ...more });

describe('money', () => {
  it.each([
    ['The bill came to between $ 3.2 billion and $ 4 billion in total.', 'between $ 3.2 billion and $ 4 billion', money('USD', 3.2e9, 4e9)],
    ['The port deal is worth $350 million, officials said.', '$350 million', money('USD', 350e6)],
    ['The budget reached $12.4 billion last year.', '$12.4 billion', money('USD', 12.4e9)],
    ['They lost $12bn on the bonds.', '$12bn', money('USD', 12e9)],
    ['They lost $12 bn on the bonds.', '$12 bn', money('USD', 12e9)],
    ['The refinery cost 12,400 million dollars to build.', '12,400 million dollars', money('USD', 12.4e9)],
    ['The club paid €3m for the striker.', '€3m', money('EUR', 3e6)],
    ['The painting sold for about £40,000 at auction.', 'about £40,000', money('GBP', 40_000, 40_000, { approximate: true })],
    ['The fraud cost more than $5 million.', 'more than $5 million', money('USD', 5e6, 5e6, { bound: 'lower' })],
    ['He took nearly €600,000 in bribes.', 'nearly €600,000', money('EUR', 600_000, 600_000, { approximate: true, bound: 'upper' })],
    ['Fines of up to €2 million apply.', 'up to €2 million', money('EUR', 2e6, 2e6, { bound: 'upper' })],
    ['The loan of US$5 million was repaid.', 'US$5 million', money('USD', 5e6)],
    ['The loan of USD 5 million was repaid.', 'USD 5 million', money('USD', 5e6)],
    ['Brussels pledged 5 million euros in aid.', '5 million euros', money('EUR', 5e6)],
    ['A ticket costs 300 Belarusian rubles now.', '300 Belarusian rubles', money('BYN', 300)],
    ['Moscow set aside 20 billion roubles for it.', '20 billion roubles', money('RUB', 20e9)],
    ['The plant will cost 7 billion yuan.', '7 billion yuan', money('CNY', 7e9)],
    ['The studio earned ¥500 million abroad.', '¥500 million', money('JPY', 500e6)],
    ['The upgrade costs $1.6-2 billion.', '$1.6-2 billion', money('USD', 1.6e9, 2e9)],
    ['The upgrade costs between 1.6 and 2 billion dollars.', 'between 1.6 and 2 billion dollars', money('USD', 1.6e9, 2e9)],
    ['Bids ranged from $3bn to $4bn in the end.', 'from $3bn to $4bn', money('USD', 3e9, 4e9)],
    ['He won a million dollars in the lottery.', 'a million dollars', money('USD', 1e6)],
    ['The theft cost forty thousand pounds.', 'forty thousand pounds', money('GBP', 40_000)],
    ['The striker moved for a fee of €146million on Monday.', '€146million', money('EUR', 146e6)],
    ['Shares lost $2.7billion in value overnight.', '$2.7billion', money('USD', 2.7e9)],
    ['The state approved Rs 480 crore for the bridge.', 'Rs 480 crore', money('INR', 4.8e9)],
    ['Each family gets Rs. 2 lakh in relief.', 'Rs. 2 lakh', money('INR', 2e5)],
    ['The museum ticket is 12 € for adults.', '12 €', money('EUR', 12)],
    ['A night in the guesthouse costs 90₾ in summer.', '90₾', money('GEL', 90)],
    ['The port cost C$1.2 billion to expand.', 'C$1.2 billion', money('CAD', 1.2e9)],
    ['The tower was sold for HK$9 billion.', 'HK$9 billion', money('HKD', 9e9)],
    ['The insurer paid RMB 3 billion in claims.', 'RMB 3 billion', money('CNY', 3e9)],
    ['Exports reached 40 billion Chinese yuan.', '40 billion Chinese yuan', money('CNY', 40e9)],
    ['The bank was fined 60 million francs.', '60 million francs', money('CHF', 60e6)],
    ['A loaf sold for 4 dollars 75 cents.', '4 dollars 75 cents', money('USD', 4.75)],
    ['The mine was bought for A$310 million.', 'A$310 million', money('AUD', 310e6)],
    ['Fares rose to 8 renminbi.', '8 renminbi', money('CNY', 8)],
    ['A cup of tea costs 20 rupees.', '20 rupees', money('INR', 20)],
    ['The stamp cost 1 pound and 10 pence.', '1 pound and 10 pence', money('GBP', 1.1)],
    ['Billions of dollars went missing.', 'Billions of dollars', money('USD', 2e9, 9_999_999_999, { approximate: true })],
    ['It cost hundreds of millions of euros.', 'hundreds of millions of euros', money('EUR', 2e8, 999_999_999, { approximate: true })],
  ])('%s', (text, slice, value) => {
    expect(found(text, 'money')).toEqual([{ text: slice, value }]);
  });

  it('reads two amounts joined by `and` without `between` as two claims', () => {
    expect(found('Ankara paid $5 million and $6 million in two tranches.', 'money')).toEqual([
      { text: '$5 million', value: money('USD', 5e6) },
      { text: '$6 million', value: money('USD', 6e6) },
    ]);
  });

  it('gives each of two amounts joined by `and` its own currency sign', () => {
    expect(found('The council spent A$12 million and C$4 million on the pier.', 'money')).toEqual([
      { text: 'A$12 million', value: money('AUD', 12e6) },
      { text: 'C$4 million', value: money('CAD', 4e6) },
    ]);
  });
});
