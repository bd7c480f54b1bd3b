import { describe, expect, it } from 'vitest';
import { found } from './found.js';

const count = (unit: string, min: number, max = min, more: object = {}) => ({ min, max, approximate: false, ...more, unit });
const about = (unit: string, min: number, max = min) => count(unit, min, max, { approximate: true });

describe('quantity', () => {
  it.each([
    ['Poland hosts 4,000 NATO troops near the border.', '4,000 NATO troops', count('troop', 4000)],
    ['The ministers considered four options.', 'four options', count('option', 4)],
    ['Some 30,000 people marched in Vilnius.', 'Some 30,000 people', about('person', 30_000)],
    ['Officials said 30,000 people marched.', '30,000 people', count('person', 30_000)],
    ['Officials said 30 thousand people marched.', '30 thousand people', count('person', 30_000)],
    ['Officials said about 30k people marched.', 'about 30k people', about('person', 30_000)],
    ['Officials said an estimated thirty thousand people marched.', 'an estimated thirty thousand people', about('person', 30_000)],
    ['Officials said 2 million people voted.', '2 million people', count('person', 2e6)],
    ['Officials said 20m people voted.', '20m people', count('person', 20e6)],
    ['Officials said a hundred people fled.', 'a hundred people', count('person', 100)],
    ['More than 3,000 soldiers took part.', 'More than 3,000 soldiers', count('soldier', 3000, 3000, { bound: 'lower' })],
    ['They sent at least 12 armoured vehicles.', 'at least 12 armoured vehicles', count('vehicle', 12, 12, { bound: 'lower' })],
    ['The fleet has twenty-five aircraft.', 'twenty-five aircraft', count('aircraft', 25)],
    ['Minsk bought two S-400 batteries.', 'two S-400 batteries', count('battery', 2)],
    ['Delegates came from 14 countries.', '14 countries', count('country', 14)],
    ['Some 5,000 Americans were evacuated.', 'Some 5,000 Americans', about('american', 5000)],
    ['One soldier was wounded.', 'One soldier', count('soldier', 1)],
    ['Kyiv received 40 T-72 tanks.', '40 T-72 tanks', count('tank', 40)],
    ['The wall is 12 m high.', '12 m', count('m', 12)],
    ['The road is 12 km long.', '12 km', count('km', 12)],
    ['The road is 12km long.', '12km', count('km', 12)],
    ['The border runs for 1,250 kilometres.', '1,250 kilometres', count('km', 1250)],
    ['The ship carried 40,000 tonnes of grain.', '40,000 tonnes', count('tonne', 40_000)],
    ['The convoy drove 30 miles north.', '30 miles', count('mile', 30)],
    ['Support fell 5 percentage points.', '5 percentage points', count('percentage point', 5)],
    ['He promised dozens of tanks.', 'dozens of tanks', about('tank', 24, 99)],
    ['Hundreds of students gathered.', 'Hundreds of students', about('student', 200, 999)],
    ['Thousands of refugees crossed.', 'Thousands of refugees', about('refugee', 2000, 9999)],
    ['Tens of thousands of refugees crossed.', 'Tens of thousands of refugees', about('refugee', 20_000, 99_999)],
    ['At least a dozen sailors were rescued.', 'At least a dozen sailors', count('sailor', 12, 12, { approximate: true, bound: 'lower' })],
    ['The blast left 9 dead.', '9 dead', count('person', 9)],
    ['The blast left 9 injured people.', '9 injured people', count('person', 9)],
    ['They planned a 230-kilometre pipeline.', '230-kilometre', count('km', 230)],
    ['The rally drew a crowd of twelve thousand.', 'crowd of twelve thousand', count('person', 12_000)],
    ['There was a crowd of about 3,000 cheering.', 'crowd of about 3,000', about('person', 3000)],
    ['There was a crowd of 3,000 fans.', '3,000 fans', count('fan', 3000)],
    ['A dozen sailors were rescued.', 'A dozen sailors', about('sailor', 12)],
    ['Between 5,000 and 6,000 soldiers took part.', 'Between 5,000 and 6,000 soldiers', count('soldier', 5000, 6000)],
    ['Police detained 40-50 protesters.', '40-50 protesters', count('protester', 40, 50)],
    ['The 30 tanks left the base.', '30 tanks', count('tank', 30)],
    ['Three of the men were flown to a clinic.', 'Three of the men', count('man', 3)],
    ['Four of the injured miners were treated.', 'Four of the injured miners', count('miner', 4)],
    ['Some 300 of the workers went on strike.', 'Some 300 of the workers', about('worker', 300)],
    ['An estimated twenty thousand of us were moved inland.', 'An estimated twenty thousand of us', about('person', 20_000)],
    ['About 5,000 of them were bused to Velmora.', 'About 5,000 of them', about('person', 5000)],
    ['The 45-seat assembly of Ostrava met.', '45-seat', count('seat', 45)],
    ['The 120-member senate voted.', '120-member', count('member', 120)],
    ['The 27-nation bloc agreed.', '27-nation', count('nation', 27)],
    ['Police arrested 25 near the harbour.', '25', count('person', 25)],
    ['Crews rescued about 80 overnight.', 'about 80', about('person', 80)],
    ['The quake killed two.', 'two', count('person', 2)],
    ['The ferry sailed at 30 miles per hour.', '30 miles per hour', count('mph', 30)],
    ['The storm moved at 90 kilometres an hour.', '90 kilometres an hour', count('km/h', 90)],
    ['The car was going faster than 70 miles an hour.', 'faster than 70 miles an hour', count('mph', 70, 70, { bound: 'lower' })],
    ['Two or three boats sank.', 'Two or three boats', count('boat', 2, 3)],
    ['Roughly half a million ballots were spoiled.', 'Roughly half a million ballots', about('ballot', 500_000)],
    ['The jury found him guilty on 7 of 9 charges.', '7 of 9 charges', count('charge', 7)],
    ['The party carried 12 out of 15 districts.', '12 out of 15 districts', count('district', 12)],
    ['Some 80 others were treated for burns.', 'Some 80 others', about('person', 80)],
    ['The bank cut rates by a quarter of a percentage point.', 'a quarter of a percentage point', count('percentage point', 0.25)],
    ['The flood left zero casualties.', 'zero casualties', count('casualty', 0)],
    // A page excerpt cut in mid-word still gives the figure before the cut.
    ['The ferry carried about 640 passengers a', 'about 640 passengers', about('passenger', 640)],
  ])('%s', (text, slice, value) => {
    expect(found(text, 'quantity')).toEqual([{ text: slice, value }]);
  });

  it.each([
    ['The Farmers Party 14 seats and the Blue Alliance 6 seats.', ['14 seats', '6 seats'], [count('seat', 14), count('seat', 6)]],
    ['The Harbour League won 9 seats.', ['9 seats'], [count('seat', 9)]],
    ['The raid killed 3 guards and wounded 7.', ['3 guards', '7'], [count('guard', 3), count('guard', 7)]],
    ['The blast killed 9 people and injured more than 40.', ['9 people', 'more than 40'], [count('person', 9), count('person', 40, 40, { bound: 'lower' })]],
    ['Four sailors drowned and 11 others were missing.', ['Four sailors', '11 others'], [count('sailor', 4), count('sailor', 11)]],
    ['Officials said 40 others were hurt, including 6 children.', ['40 others', '6 children'], [count('person', 40), count('child', 6)]],
  ])('finds every count in %s', (text, slices, values) => {
    expect(found(text, 'quantity')).toEqual(slices.map((slice, index) => ({ text: slice, value: values[index] })));
  });

  it.each([
    ['A 52-year-old woman was detained.', '52-year-old'],
    ['The suspect, aged 52, was detained.', 'aged 52'],
    ['The suspect is 52 years old.', '52 years old'],
    ['The suspect is fifty-two years old.', 'fifty-two years old'],
  ])('reads the age in %s', (text, slice) => {
    expect(found(text, 'quantity')).toEqual([{ text: slice, value: count('year of age', 52) }]);
  });
});
