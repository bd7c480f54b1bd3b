import { describe as group, expect, it } from 'vitest';
import { formatDate } from '../../src/kinds/date.js';
import { formatRange } from '../../src/kinds/figures.js';
import { describe } from '../../src/kinds/index.js';
import type { AnyClaim, Kind, ValueOf } from '../../src/model.js';

const claim = <K extends Kind>(kind: K, value: ValueOf[K]) => ({ kind, value }) as unknown as AnyClaim;

group('describe', () => {
  it.each([
    [claim('money', { currency: 'USD', min: 1.6e9, max: 2e9, approximate: false }), 'USD 1.6–2 billion'],
    [claim('money', { currency: 'EUR', min: 40_000, max: 40_000, approximate: true }), 'EUR about 40,000'],
    [claim('quantity', { min: 5000, max: 5000, unit: 'troop', approximate: false }), '5,000 troops'],
    [claim('quantity', { min: 1, max: 1, unit: 'ship', approximate: false }), '1 ship'],
    [claim('quantity', { min: 14, max: 14, unit: 'person', approximate: false }), '14 people'],
    [claim('quantity', { min: 3, max: 3, unit: 'country', approximate: false }), '3 countries'],
    [claim('quantity', { min: 412, max: 412, unit: 'km', approximate: false }), '412 km'],
    [claim('quantity', { min: 400, max: 400, unit: 'km', approximate: false, bound: 'lower' }), 'at least 400 km'],
    [claim('percent', { min: 48.66, max: 48.66, approximate: false }), '48.66%'],
    [claim('duration', { min: 45, max: 50, unit: 'minute', approximate: false }), '45–50 minutes'],
    [claim('duration', { min: 1, max: 1, unit: 'year', approximate: false }), '1 year'],
    [claim('quote', { speaker: 'Lena Corvin', words: 'We will rebuild.' }), '“We will rebuild.” (Lena Corvin)'],
    [claim('role', { person: 'Lena Corvin', role: 'mayor' }), 'Lena Corvin: mayor'],
  ])('%#: %s', (value, expected) => {
    expect(describe(value)).toBe(expected);
  });

  it.each([
    [{ start: '2021-09-09', end: '2021-09-09', precision: 'day', inferred: false }, '2021-09-09'],
    [{ start: '2020-02-01', end: '2020-02-29', precision: 'month', inferred: false }, '2020-02'],
    [{ start: '2014-01-01', end: '2014-12-31', precision: 'year', inferred: false }, '2014'],
    [{ start: '2021-09-10', end: '2021-09-16', precision: 'day', inferred: true }, '2021-09-10 to 2021-09-16 (year inferred)'],
    [{ start: null, end: null, precision: 'day', inferred: true }, 'date unknown'],
  ] as Array<[ValueOf['date'], string]>)('formatDate %#: %s', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  it('states open bounds', () => {
    expect(formatRange({ min: 3000, max: 3000, approximate: false, bound: 'lower' })).toBe('at least 3,000');
    expect(formatRange({ min: 20, max: 20, approximate: false, bound: 'upper' })).toBe('up to 20');
  });
});
