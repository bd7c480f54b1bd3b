import { describe, expect, it } from 'vitest';
import { type DateFind, datesOf, span } from './dates.js';

const years = (from: number, to: number) => span(`${from}-01-01`, `${to}-12-31`, 'year', false);

describe('bare years', () => {
  it.each<[string, DateFind[]]>([
    ['Troops were sent there in 2014 to help.', [{ text: '2014', value: years(2014, 2014) }]],
    ['In 2019, the plant closed.', [{ text: '2019', value: years(2019, 2019) }]],
    ['The border has been closed since 2019.', [{ text: '2019', value: years(2019, 2019) }]],
    ['The plan ran from 2014 to 2016.', [{ text: '2014 to 2016', value: years(2014, 2016) }]],
    ['The plan ran in 2014-2016.', [{ text: '2014-2016', value: years(2014, 2016) }]],
    ['The plan ran between 2010 and 2012.', [{ text: '2010 and 2012', value: years(2010, 2012) }]],
    // Without `between`, `and` names two years.
    ['Votes were held in 2014 and 2016.', [{ text: '2014', value: years(2014, 2014) }, { text: '2016', value: years(2016, 2016) }]],
    ['The budget for the year 2022 grew.', [{ text: '2022', value: years(2022, 2022) }]],
  ])('%s', (text, expected) => {
    expect(datesOf(text)).toEqual(expected);
  });
});
