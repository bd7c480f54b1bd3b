import { describe, expect, it } from 'vitest';
import { found } from './found.js';

describe('quantity: negative cases', () => {
  it.each([
    'Minsk wants the S-400 and more S-400s.',
    'Belarus flies Su-30SM fighters and Mi-35 helicopters.',
    'Warsaw ordered F-35 jets and Pantsir-S1 systems.',
    'The Kavkaz-2020 drills and the ARMEX-2022 fair ended.',
    'The G7 leaders met on COVID-19 vaccines.',
    'Troops were sent in 2014 to the border.',
    'In 2014 troops were sent to the border.',
    'The talks began in February 2020 in Geneva.',
    'The drills run from October 3 until 9.',
    'The talks took place on August 9 and Oct. 4 and 10 September.',
    'The second was a test, the third a bluff.',
    'He finished 1st in the race.',
    'One was a drill between the two armies.',
    'The two met in Sochi.',
    'One of the tanks broke down.',
    'They met at 10:30 in the morning.',
    'Call 555-1234 for details.',
    'Install version 2.1.3 on every server.',
    'Airlines bought Boeing 737 jets.',
    'A 5,000-strong force moved in.',
    'They tried 3 times more.',
    'Sales rose in the 2020-21 seasons.',
    'It ended in a 3-0 win.',
    'For years the 1990s models were used.',
    'Turnout was 48 percent of voters.',
    'It takes 45-50 minutes.',
    'He spent one day there.',
    'Operators put up 5G masts.',
    'The model T was sold.',
    'A crowd of them gathered.',
    'The crowd of 2014 was larger.',
  ])('%s', (text) => {
    expect(found(text, 'quantity')).toEqual([]);
  });
});
