import { describe, expect, it } from 'vitest';
import { kind } from '../../src/kinds/index.js';
import type { AnyClaim, Kind, ValueOf } from '../../src/model.js';

const compare = (a: AnyClaim, b: AnyClaim) => kind(a.kind).compare(a, b);

/** A claim with just what comparison reads: kind, text and value. */
function claim<K extends Kind>(kind: K, text: string, value: ValueOf[K]): AnyClaim {
  const sentence = { source: 's', start: 0, end: text.length, text, paragraph: 0, index: 0, heading: false };
  return { kind, source: 's', start: 0, end: text.length, text, sentence, value } as AnyClaim;
}
const count = (text: string, min: number, max = min, extra: Partial<ValueOf['quantity']> = {}) => claim('quantity', text, { min, max, unit: 'person', approximate: false, ...extra });
const money = (text: string, min: number, max = min, approximate = false) => claim('money', text, { currency: 'USD', min, max, approximate });
const day = (start: string, end = start, precision: ValueOf['date']['precision'] = 'day', inferred = false) => claim('date', start, { start, end, precision, inferred });
const quote = (words: string, speaker: string | null = 'Lena Corvin') => claim('quote', `“${words}”`, { speaker, words });
const role = (role: string) => claim('role', role, { person: 'Lena Corvin', role });

describe('compare', () => {
  it.each([
    ['equal counts', count('14 people', 14), count('14 people', 14), 'equal'],
    ['different counts', count('14 people', 14), count('17 people', 17), 'incompatible'],
    ['about 5,000 vs 5,000', count('about 5,000 troops', 5000, 5000, { approximate: true }), count('5,000 troops', 5000), 'compatible'],
    ['range holds the point', count('between 300 and 400 workers', 300, 400), count('350 workers', 350), 'compatible'],
    ['range misses the point', count('between 300 and 400 workers', 300, 400), count('450 workers', 450), 'incompatible'],
    ['more than 3,000 vs more than 2,500', count('more than 3,000', 3000, 3000, { bound: 'lower' }), count('more than 2,500', 2500, 2500, { bound: 'lower' }), 'compatible'],
    ['more than 3,000 vs 2,000', count('more than 3,000', 3000, 3000, { bound: 'lower' }), count('2,000 people', 2000), 'incompatible'],
    ['a distance and its rounded conversion', claim('quantity', '50 miles', { min: 50, max: 50, unit: 'mile', approximate: false }), claim('quantity', '80 km', { min: 80, max: 80, unit: 'km', approximate: false }), 'compatible'],
    ['a distance and another in other units', claim('quantity', '50 miles', { min: 50, max: 50, unit: 'mile', approximate: false }), claim('quantity', '120 km', { min: 120, max: 120, unit: 'km', approximate: false }), 'incompatible'],
    ['a speed and its conversion', claim('quantity', '800 kph', { min: 800, max: 800, unit: 'km/h', approximate: false }), claim('quantity', '497 mph', { min: 497, max: 497, unit: 'mph', approximate: false }), 'compatible'],
    ['whole weeks round days', claim('duration', 'six weeks', { min: 6, max: 6, unit: 'week', approximate: false }), claim('duration', '40 days', { min: 40, max: 40, unit: 'day', approximate: false }), 'compatible'],
    ['a year rounds 11 months', claim('duration', 'a year', { min: 1, max: 1, unit: 'year', approximate: false }), claim('duration', '11 months', { min: 11, max: 11, unit: 'month', approximate: false }), 'compatible'],
    ['a single day does not round 31 hours', claim('duration', 'a single day', { min: 1, max: 1, unit: 'day', approximate: false }), claim('duration', '31 hours', { min: 31, max: 31, unit: 'hour', approximate: false }), 'incompatible'],
    ['whole weeks far from the days', claim('duration', 'six weeks', { min: 6, max: 6, unit: 'week', approximate: false }), claim('duration', '30 days', { min: 30, max: 30, unit: 'day', approximate: false }), 'incompatible'],
    ['two whole months of one unit', claim('duration', '10 months', { min: 10, max: 10, unit: 'month', approximate: false }), claim('duration', '11 months', { min: 11, max: 11, unit: 'month', approximate: false }), 'incompatible'],
    ['rounded billions', money('$12bn', 12e9), money('$12.4 billion', 12.4e9), 'compatible'],
    ['almost three days holds 62 hours', claim('duration', 'almost three days', { min: 3, max: 3, unit: 'day', approximate: true, bound: 'upper' }), claim('duration', '62 hours', { min: 62, max: 62, unit: 'hour', approximate: false }), 'compatible'],
    ['almost three days is not 80 hours', claim('duration', 'almost three days', { min: 3, max: 3, unit: 'day', approximate: true, bound: 'upper' }), claim('duration', '80 hours', { min: 80, max: 80, unit: 'hour', approximate: false }), 'incompatible'],
    ['a whole percentage rounds a decimal one', claim('percent', '18%', { min: 18, max: 18, approximate: false }), claim('percent', '18.3 percent', { min: 18.3, max: 18.3, approximate: false }), 'compatible'],
    ['two whole percentages that differ', claim('percent', '60%', { min: 60, max: 60, approximate: false }), claim('percent', '65%', { min: 65, max: 65, approximate: false }), 'incompatible'],
    ['different billions', money('$12.4 billion', 12.4e9), money('$13.1 billion', 13.1e9), 'incompatible'],
    ['a day inside early March', day('2024-03-03'), day('2024-03-01', '2024-03-10', 'month'), 'compatible'],
    ['different days', day('2024-06-12'), day('2024-06-21'), 'incompatible'],
    ['day spans that overlap but differ', day('2021-09-10', '2021-09-16'), day('2021-09-12', '2021-09-18'), 'incompatible'],
    ['a day inside a day span', day('2021-09-12'), day('2021-09-10', '2021-09-16'), 'compatible'],
    ['a season overlapping a span of months', day('2020-09-01', '2020-12-31', 'season'), day('2020-11-01', '2021-01-31', 'month'), 'compatible'],
    ['same days, a guessed year', day('2023-08-09', '2023-08-09', 'day', true), day('2024-08-09'), 'compatible'],
    ['a month with a guessed year, a stated year', day('2023-04-01', '2023-04-30', 'month', true), day('2024-01-01', '2024-12-31', 'year'), 'compatible'],
    // A weekday or `yesterday` read against a guessed publication day is no stated day; a guessed year alone leaves the day stated.
    ['a weekday against a guessed day', claim('date', 'Tuesday', { start: '2024-06-11', end: '2024-06-11', precision: 'day', inferred: true }), day('2024-06-12'), 'compatible'],
    ['a weekday against a known day', claim('date', 'Tuesday', { start: '2024-06-11', end: '2024-06-11', precision: 'day', inferred: false }), day('2024-06-12'), 'incompatible'],
    ['a stated day with a guessed year', claim('date', 'June 11', { start: '2024-06-11', end: '2024-06-11', precision: 'day', inferred: true }), day('2024-06-12'), 'incompatible'],
    ['same quote, other typography', quote('We will rebuild the harbour programme.'), quote("We will rebuild the harbor program."), 'equal'],
    ['an excerpt', quote('rebuild the harbour'), quote('We will rebuild the harbour by May.'), 'compatible'],
    ['an elided excerpt', quote('We will … by May.'), quote('We will rebuild the harbour by May.'), 'compatible'],
    ['a changed word', quote('We will rebuild the harbour by May.'), quote('We will rebuild the harbour by June.'), 'incompatible'],
    ['a contraction is spelling', quote("It's time we rebuilt the harbour, and we won't wait."), quote('It is time we rebuilt the harbour, and we will not wait.'), 'equal'],
    ['a number in words or digits is spelling', quote('We built four new piers in ten years.'), quote('We built 4 new piers in 10 years.'), 'equal'],
    ['per cent, percent and % are spelling', quote('Trade grew 30 per cent, and fares 5%.'), quote('Trade grew 30% and fares 5 percent.'), 'equal'],
    ['a hyphen closed up is spelling', quote('I thank my team-mates and the boat-builders.'), quote('I thank my teammates and the boatbuilders.'), 'equal'],
    ['another number is a changed word', quote('We built four new piers.'), quote('We built 5 new piers.'), 'incompatible'],
    ['a compound written apart or hyphenated is spelling', quote('I leave with no ill will and with real gratitude.'), quote('I leave with no ill-will and with real gratitude.'), 'equal'],
    ['a compound written apart or closed up is spelling', quote('Our health care plan stays.'), quote('Our healthcare plan stays.'), 'equal'],
    ['a possessive is no contraction', quote("Varo's plan will work."), quote('Varo is planning work.'), 'incompatible'],
    ['a hyphen joins a title as a space does', role('director-general of the agency'), role('director general of the agency'), 'equal'],
    ['a general title beside a specific one', role('Harbour Police chief'), role('Police Superintendent'), 'compatible'],
    ['a party leader and a first minister', role('Coastal Party leader'), role('Regional First Minister'), 'compatible'],
    ['chair and chairwoman', role('Port Board chairwoman'), role('Port Board Chair'), 'equal'],
    ['a board member is no spokesman', role('Safety Board member'), role('Safety Board spokesman'), 'incompatible'],
    ['an elided quote whose pieces the diff would misplace', quote('Trade between our towns … is a duty'), quote('Trade between our towns is not a gift we make each other, it is a duty'), 'compatible'],
    ['a partial quote that starts inside an elided part', quote('now the town will rebuild the harbour'), quote('The storm is over … the town will rebuild the harbour'), 'compatible'],
    ['an elided quote with a changed word', quote('We will … rebuild the old harbour by May.'), quote('We will, together, rebuild the new harbour by May.'), 'incompatible'],
    ['a dropped word', quote('We will not rebuild the old harbour.'), quote('We will rebuild the old harbour.'), 'incompatible'],
    ['another speaker', quote('We will rebuild.', 'Lena Corvin'), quote('We will rebuild.', 'Paul Marsh'), 'incompatible'],
    ['same role', role('mayor of Tarnow'), role('Mayor of Tarnow'), 'equal'],
    ['fuller role', role('mayor'), role('mayor of Tarnow'), 'compatible'],
    ['different role', role('deputy mayor'), role('harbour master'), 'incompatible'],
    ['deputy is another office', role('deputy mayor'), role('mayor'), 'incompatible'],
    ['vice is another office', role('vice president of the port'), role('president of the port'), 'incompatible'],
    ['caretaker is the same office', role('caretaker prime minister'), role('prime minister'), 'compatible'],
    ['premier is the prime minister', role('Premier'), role('Prime Minister'), 'equal'],
    ['head of government is the prime minister', role('head of government'), role('Prime Minister of the Duchy of Orlen'), 'compatible'],
    ['the same office, the country named two ways', role('President of the Republic of Norland'), role('Norland’s president'), 'compatible'],
    ['chief and commander head one service', role('Rescue chief'), role('commander of the valley rescue service'), 'compatible'],
    ['CEO and chief executive', role('Tarnow Ferries CEO'), role('chief executive of Tarnow Ferries'), 'compatible'],
    ['a party office beside a government office', role('foreign minister'), role('Green Union leader'), 'compatible'],
    ['two offices of one company', role('Tarnow Ferries chief executive'), role('Tarnow Ferries chairman'), 'incompatible'],
    ['two portfolios', role('foreign minister'), role('defence minister'), 'incompatible'],
    ['two portfolios written out', role('Minister of Finance'), role('Minister of Health'), 'incompatible'],
    ['two offices, no organisation named', role('mine manager'), role('safety director'), 'incompatible'],
    ['former is the same office, another time', role('former Valdran army commander'), role('Valdran military chief'), 'compatible'],
    ['acting is the same office', role('acting harbour master'), role('harbour master'), 'compatible'],
    ['self-proclaimed is the same office', role('self-proclaimed mayor of Tarnow'), role('mayor of Tarnow'), 'compatible'],
    ['acting deputy is still another office', role('acting deputy mayor'), role('mayor'), 'incompatible'],
    ['vice and deputy are one word', role('vice chair of the council'), role('deputy chair of the council'), 'equal'],
    ['Taoiseach is the prime minister', role('Taoiseach'), role('Prime Minister'), 'equal'],
    ['a rank beside an office', role('Harbour police Sgt.'), role('police spokeswoman'), 'compatible'],
    ['two ranks', role('Lt.'), role('Sgt.'), 'incompatible'],
    ['a co-founder beside a chair', role('co-founder'), role('chairwoman of the board'), 'compatible'],
    ['a list of titles holds one of them', role('Tarnow Ferries chairman and co-founder'), role('chairman of the board, co-founder and largest shareholder of Tarnow Ferries'), 'compatible'],
    ['a list with another office of one company', role('Tarnow Ferries chairman and treasurer'), role('Tarnow Ferries chief executive'), 'incompatible'],
    ['where the office is held comes after it', role('spokesman for the regional flood agency'), role('Flood agency spokesman'), 'compatible'],
    ['a judge presiding over a trial is a judge', role('the judge presiding over the appeal'), role('judge'), 'compatible'],
    ['a first name caught after the title is no office', role('Port Board Chair Lena'), role('Port Board chairwoman'), 'compatible'],
    ['an organisation written without its accents', role('Société Portuaire spokesman'), role('Societe Portuaire spokeswoman'), 'equal'],
  ])('%s', (_name, a, b, expected) => {
    expect(compare(a, b).relation).toBe(expected);
    expect(compare(b, a).relation).toBe(expected);
  });

  it('reads two portfolios joined by and as one office, not a list of titles', () => {
    expect(compare(role('Minister of Transport and Communications of Norland'), role('Transport Minister')).why).toBe('the same office, written differently');
  });

  it('names the changed, dropped and added words of a quote', () => {
    expect(compare(quote('We will rebuild the old harbour by May.'), quote('We will not rebuild the harbour by June.')).why).toBe('the quoted words differ: added “not”, dropped “old”, “may” → “june”');
  });
});

describe('quote closeness (what alignment adds for one remark)', () => {
  const closeness = (a: AnyClaim, b: AnyClaim) => kind(a.kind).closeness(a, b);
  const whole = quote('We have seen steady hiring and falling prices across the region, and the outlook has improved since spring');
  it.each([
    ['the same words, whoever says them', quote('We have seen steady hiring and falling prices across the region, and the outlook has improved since spring', null), 0.3],
    ['an excerpt of the whole quote', quote('steady hiring and falling prices across the region', 'Ada Brenn'), 0.2],
    ['other words', quote('hiring has stalled in the region'), 0],
  ])('%s', (_name, other, expected) => {
    expect(closeness(whole, other)).toBe(expected);
  });
});

describe('date closeness (what alignment adds for one date)', () => {
  const closeness = (a: AnyClaim, b: AnyClaim) => kind(a.kind).closeness(a, b);
  it.each([
    ['the same day', day('2024-11-22'), day('2024-11-22'), 0.3],
    ['a day nine days off', day('2024-11-22'), day('2024-11-13'), 0.15],
    ['a month holding the day', day('2024-11-22'), day('2024-11-01', '2024-11-30', 'month'), 0.2],
    // `next month` is not near a day of this one: it dates another event.
    ['the next month', day('2024-11-22'), day('2024-12-01', '2024-12-31', 'month'), 0],
  ])('%s', (_name, a, b, expected) => {
    expect(closeness(a, b)).toBe(expected);
  });
});
