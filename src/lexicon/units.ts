/**
 * Units of measure and of time, mapped to their canonical names. Keys are lowercase, singular and
 * plural; abbreviations are listed as written.
 */
import type { DurationUnit } from '../model.js';

/** Each distance written `per hour` or `an hour`, to one unit of speed. */
function speeds(distances: readonly string[], speed: string): Record<string, string> {
  return Object.fromEntries(distances.flatMap((distance) => [[`${distance} per hour`, speed], [`${distance} an hour`, speed]]));
}

/** Units of measure written after a number (`12 km`, `40 tonnes`), to the canonical unit. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm',
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', mile: 'mile', miles: 'mile',
  'nautical mile': 'nautical mile', 'nautical miles': 'nautical mile', nm: 'nautical mile',
  ft: 'foot', foot: 'foot', feet: 'foot', yard: 'yard', yards: 'yard',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg',
  g: 'g', gram: 'g', grams: 'g', tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', t: 'tonne',
  lb: 'lb', lbs: 'lb', ha: 'hectare', hectare: 'hectare', hectares: 'hectare',
  'sq km': 'km²', 'km²': 'km²', 'square kilometres': 'km²', 'square kilometers': 'km²',
  'square miles': 'mile²', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre', l: 'litre',
  barrel: 'barrel', barrels: 'barrel', mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh',
  'km/h': 'km/h', kph: 'km/h', mph: 'mph', knots: 'knot', knot: 'knot',
  // Speeds written out: `100 miles per hour`, `80 kilometres an hour`.
  ...speeds(['mile', 'miles'], 'mph'),
  ...speeds(['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km/h'),
  'percentage point': 'percentage point', 'percentage points': 'percentage point',
};

/** A time unit and how many canonical units it makes (`decade` = 10 years). */
export interface TimeUnit {
  unit: DurationUnit;
  times: number;
}

const unit = (name: DurationUnit, times = 1): TimeUnit => ({ unit: name, times });

/** Time units written after a number (`45 minutes`, `eight-hour`), to duration units. */
export const DURATION_UNITS: Readonly<Record<string, TimeUnit>> = {
  second: unit('second'), seconds: unit('second'), sec: unit('second'), secs: unit('second'),
  minute: unit('minute'), minutes: unit('minute'), min: unit('minute'), mins: unit('minute'),
  hour: unit('hour'), hours: unit('hour'), hr: unit('hour'), hrs: unit('hour'),
  day: unit('day'), days: unit('day'), week: unit('week'), weeks: unit('week'),
  fortnight: unit('week', 2), fortnights: unit('week', 2), month: unit('month'), months: unit('month'),
  year: unit('year'), years: unit('year'), decade: unit('year', 10), decades: unit('year', 10),
  century: unit('year', 100), centuries: unit('year', 100),
};

/** A measure's dimension and its size in the dimension's base unit (metres, kilograms, …). */
export interface MeasureScale {
  dimension: string;
  size: number;
}

const scale = (dimension: string, size: number): MeasureScale => ({ dimension, size });

/** Canonical measures that convert into one another: `50 miles` and `80 km` state one distance. */
export const MEASURE_SCALES: Readonly<Record<string, MeasureScale>> = {
  km: scale('length', 1000), m: scale('length', 1), cm: scale('length', 0.01), mm: scale('length', 0.001),
  mile: scale('length', 1609.344), 'nautical mile': scale('length', 1852), foot: scale('length', 0.3048), yard: scale('length', 0.9144),
  kg: scale('mass', 1), g: scale('mass', 0.001), tonne: scale('mass', 1000), lb: scale('mass', 0.45359237),
  hectare: scale('area', 1e4), 'km²': scale('area', 1e6), 'mile²': scale('area', 2_589_988.11),
  litre: scale('volume', 1), barrel: scale('volume', 158.987),
  'km/h': scale('speed', 1 / 3.6), mph: scale('speed', 0.44704), knot: scale('speed', 1852 / 3600),
  kW: scale('power', 1e3), MW: scale('power', 1e6), GW: scale('power', 1e9),
  kWh: scale('energy', 1), MWh: scale('energy', 1e3),
};

/** The sizes of two different units of one dimension in its base unit (`mile`, `km` → 1609.344, 1000), else null. */
export function conversion(a: string, b: string): [number, number] | null {
  const [sa, sb] = [MEASURE_SCALES[a], MEASURE_SCALES[b]];
  return sa && sb && a !== b && sa.dimension === sb.dimension ? [sa.size, sb.size] : null;
}
