import { describe, expect, it } from 'vitest';
import { type Anchor, type DateFind, datesOf, day, span, Y2021 } from './dates.js';

const month = (from: string, to: string, inferred: boolean) => span(from, to, 'month', inferred);

describe('months with last / next / this', () => {
  it.each<[string, Anchor, DateFind[]]>([
    // With only a reference year Y, `last August` is August of Y − 1 (chrono says Y).
    ['The unrest began last August.', Y2021, [{ text: 'last August', value: month('2020-08-01', '2020-08-31', true) }]],
    // Against a publication day: the latest August strictly before its month.
    ['The unrest began last August.', { published: '2021-09-08' }, [{ text: 'last August', value: month('2021-08-01', '2021-08-31', false) }]],
    ['The unrest began last August.', { published: '2021-06-15' }, [{ text: 'last August', value: month('2020-08-01', '2020-08-31', false) }]],
    ['The unrest began last August.', { published: '2021-08-20' }, [{ text: 'last August', value: month('2020-08-01', '2020-08-31', false) }]],
    ['Elections are due next March.', Y2021, [{ text: 'next March', value: month('2022-03-01', '2022-03-31', true) }]],
    ['Elections are due next March.', { published: '2021-02-10' }, [{ text: 'next March', value: month('2021-03-01', '2021-03-31', false) }]],
    ['Elections were held this June.', Y2021, [{ text: 'this June', value: month('2021-06-01', '2021-06-30', true) }]],
    ['Elections were held last June 12.', { published: '2021-09-08' }, [{ text: 'last June 12', value: day('2021-06-12', false) }]],
    // `last` as a verb: no `last September`, the days keep the reference year.
    ['The drills will last September 10 to 16.', Y2021, [{ text: 'September 10 to 16', value: span('2021-09-10', '2021-09-16', 'day', true) }]],
    ['The drills will last from September 10.', Y2021, [{ text: 'September 10', value: day('2021-09-10', true) }]],
    ["Warm weather could last September, and they'll last October.", Y2021, [
      { text: 'September', value: month('2021-09-01', '2021-09-30', true) },
      { text: 'October', value: month('2021-10-01', '2021-10-31', true) },
    ]],
  ])('%s (%o)', (text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });
});
