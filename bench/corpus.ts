/**
 * Deterministic benchmark corpora from the story templates in `bench/stories/`: each copy of a
 * template is filled with names, numbers and dates drawn from a seeded generator, so copies are
 * different stories about similar events; every third copy retells the first story (same facts,
 * a few figures changed per outlet, its own reporters' sign-off), so that its groups grow with the
 * corpus while every article stays a different file (ingest leaves exact copies out).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The variables of one story kind (`story.json`). */
interface StorySpec {
  currency: string;
  numbers: Record<string, [number, number]>;
  money: Record<string, [number, number]>;
  percents: Record<string, [number, number]>;
  /** Days from the event. */
  dates: Record<string, number>;
}

interface Template {
  story: string;
  outlet: string;
  extension: string;
  text: string;
  spec: StorySpec;
}

/** What a written corpus holds. */
export interface Corpus {
  folder: string;
  articles: number;
  bytes: number;
}

const STORIES = new URL('./stories/', import.meta.url);
const FIRST = ['Maren', 'Tobin', 'Idris', 'Ilka', 'Corwin', 'Selma', 'Anouk', 'Dario', 'Nessa', 'Orla', 'Piet', 'Rhea', 'Soren', 'Talia', 'Ulric', 'Vesna', 'Wendel', 'Yara', 'Zora', 'Brisa', 'Caspar', 'Edda', 'Fenna', 'Gideon', 'Hesper', 'Jory', 'Lenka', 'Milo', 'Noor', 'Oskar'];
const SURNAME = [['Bran', 'Kel', 'Mor', 'Tash', 'Quil', 'Dar', 'Ven', 'Hollo', 'Ost', 'Rim', 'Fal', 'Gor', 'Lis', 'Cor', 'Var'], ['nock', 'dry', 'wick', 'ley', 'sten', 'ard', 'ovic', 'by', 'mere', 'ton', 'ling', 'hart', 'sby', 'well', 'dane']] as const;
const TOWN = [['Ash', 'Brem', 'Cald', 'Dun', 'Elm', 'Fen', 'Gar', 'Hal', 'Ket', 'Lum', 'Mar', 'Nor', 'Pel', 'Ros', 'Sel', 'Tarn', 'Wen'], ['ford', 'wick', 'dale', 'ley', 'more', 'stead', 'ton', 'brook', 'holm', 'by', 'mouth', 'port', 'field']] as const;
const WORD = [['Al', 'Bri', 'Cor', 'Dela', 'Es', 'Fa', 'Gala', 'Ilo', 'Ka', 'Lo', 'Mira', 'Ne', 'Ora', 'Pe', 'Sa', 'Ta', 'Va'], ['ran', 'vane', 'thos', 'mere', 'lin', 'dor', 'via', 'ric', 'sel', 'tor', 'nia', 'wyn']] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const CURRENCY_NAMES: Record<string, string> = { $: 'US dollars', '£': 'pounds', '€': 'euros' };
const DAY_MS = 86_400_000;

/** A seeded generator in [0, 1) (mulberry32), from a string. */
function random(seed: string): () => number {
  let a = 0x811c9dc5;
  for (const char of seed) a = Math.imul(a ^ char.charCodeAt(0), 0x01000193);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const compose = (next: () => number, parts: readonly (readonly string[])[]): string => parts.map((part) => pick(next, part)).join('');

/** Read every template: `bench/stories/<story>/<outlet>.<ext>.tmpl` with the story's `story.json`. */
export function readTemplates(): Template[] {
  const templates: Template[] = [];
  for (const story of readdirSync(STORIES).sort()) {
    const folder = new URL(`${story}/`, STORIES);
    const spec = JSON.parse(readFileSync(new URL('story.json', folder), 'utf8')) as StorySpec;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.tmpl')).sort()) {
      const [outlet = '', extension = ''] = name.split('.');
      templates.push({ story, outlet, extension, text: readFileSync(new URL(name, folder), 'utf8'), spec });
    }
  }
  return templates;
}

/** The facts of one story instance: the same for every outlet that tells it. */
function instanceFacts(template: Template, instance: number) {
  const next = random(`${template.story}#${instance}`);
  const names = new Map<string, string>();
  const name = (kind: string, key: string, make: () => string) => {
    const id = `${kind}:${key}`;
    if (!names.has(id)) names.set(id, make());
    return names.get(id) as string;
  };
  const person = (key: string) => name('P', key, () => `${pick(next, FIRST)} ${compose(next, SURNAME)}`);
  const event = Date.UTC(2019 + Math.floor(next() * 7), 0, 1) + Math.floor(next() * 330) * DAY_MS;
  const values = new Map<string, number>();
  const draw = (group: string, key: string, range: [number, number] | undefined, decimals: number): number => {
    const id = `${group}:${key}`;
    if (!values.has(id)) {
      const [low, high] = range ?? [1, 10];
      const factor = 10 ** decimals;
      values.set(id, Math.round((low + next() * (high - low)) * factor) / factor);
    }
    return values.get(id) as number;
  };
  return {
    event,
    person,
    surname: (key: string) => person(key).split(' ')[1] ?? '',
    town: (key: string) => name('T', key, () => compose(next, TOWN)),
    word: (key: string) => name('W', key, () => compose(next, WORD)),
    number: (key: string) => draw('N', key, template.spec.numbers[key], 0),
    money: (key: string) => draw('M', key, template.spec.money[key], 1),
    percent: (key: string) => draw('R', key, template.spec.percents[key], 1),
  };
}

/** A figure changed by 10–30% for about a third of the outlets: the planted conflicts. */
function perturb(value: number, decimals: number, next: () => number): number {
  if (next() >= 0.35) return value;
  const factor = 10 ** decimals;
  const changed = Math.round(value * (1 + (next() < 0.5 ? -1 : 1) * (0.1 + next() * 0.2)) * factor) / factor;
  return changed === value || changed <= 0 ? value + 1 : changed;
}

const withCommas = (n: number): string => (n >= 1000 ? n.toLocaleString('en-US') : String(n));

function formatNumber(n: number, format: string): string {
  if (format === 'words') return n <= 20 ? (SMALL[n] as string) : String(n);
  if (format === 'round' || format === 'floor') {
    if (n < 100) return String(n);
    const step = 10 ** (Math.floor(Math.log10(n)) - 1);
    const rounded = format === 'round' ? Math.round(n / step) * step : Math.floor(n / step) * step;
    return withCommas(rounded === n && format === 'floor' ? n - step : rounded);
  }
  return withCommas(n);
}

function formatDate(ms: number, format: string): string {
  const date = new Date(ms);
  const [y, m, d, w] = [date.getUTCFullYear(), MONTHS[date.getUTCMonth()] as string, date.getUTCDate(), WEEKDAYS[date.getUTCDay()] as string];
  const part = d <= 10 ? 'early' : d <= 20 ? 'mid-' : 'late';
  const formats: Record<string, string> = {
    md: `${m} ${d}`, wmd: `${w}, ${m} ${d}`, dm: `${d} ${m}`, dmy: `${d} ${m} ${y}`, mdy: `${m} ${d}, ${y}`,
    part: part.endsWith('-') ? `${part}${m}` : `${part} ${m}`, month: m, my: `${m} ${y}`, weekday: w, year: String(y),
  };
  return formats[format] ?? `${m} ${d}`;
}

const OPENING_NUMBER_WORD = new RegExp(`(^|\\n|[.!?]\\s)([a-z])(?=(?:${SMALL.map((w) => w.slice(1)).join('|')})\\b)`, 'g');
const PLACEHOLDER = /\{\{([A-Z]+)(?::([\w]+)(~?))?([+-]\d+)?(?:\|(\w+))?\}\}/g;

/** Fill one template for one copy: the instance's facts, the copy's perturbations. */
function fill(template: Template, instance: number, copy: number): string {
  const facts = instanceFacts(template, instance);
  const next = random(`${template.story}/${template.outlet}/${copy}`);
  const { currency } = template.spec;
  const published = facts.event + (1 + Math.floor(next() * 2)) * DAY_MS;
  const text = template.text.replace(PLACEHOLDER, (_, type: string, key = '', changed: string, shift: string | undefined, format = '') => {
    const vary = (value: number, decimals: number) => (changed ? perturb(value, decimals, next) : value);
    switch (type) {
      case 'P': return facts.person(key);
      case 'S': return facts.surname(key);
      case 'T': return facts.town(key);
      case 'W': return facts.word(key);
      case 'N': return formatNumber(vary(facts.number(key), 0), format);
      case 'M': {
        const amount = vary(facts.money(key), 1);
        return format === 'short' ? `${currency}${amount}m` : format === 'usd' ? `${amount} million ${CURRENCY_NAMES[currency] ?? 'dollars'}` : `${currency}${amount} million`;
      }
      case 'R': {
        const share = vary(facts.percent(key), 1);
        return format === 'pct' ? `${share}%` : format === 'word' ? `${share} percent` : String(share);
      }
      case 'D': return formatDate(facts.event + vary(template.spec.dates[key] ?? 0, 0) * DAY_MS, format);
      case 'Y': return String(new Date(facts.event).getUTCFullYear() + Number(shift ?? 0));
      case 'PUB': return new Date(published).toISOString().slice(0, 10);
      default: throw new Error(`Unknown placeholder {{${type}}} in ${template.story}/${template.outlet}`);
    }
  });
  // A number written as a word that opens a sentence is capitalized.
  return text.replace(OPENING_NUMBER_WORD, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The story instance a copy tells: every third copy retells instance 0, so its groups grow. */
const instanceOf = (copy: number): number => (copy % 3 === 2 ? 0 : copy);

/** The sign-off a retelling outlet adds, so that no two retold articles are the same text. */
function signOff(template: Template, copy: number): string {
  const next = random(`${template.story}/${template.outlet}/${copy}/sign-off`);
  const reporter = `${pick(next, FIRST)} ${compose(next, SURNAME)}`;
  const editor = `${pick(next, FIRST)} ${compose(next, SURNAME)}`;
  return `\nReporting by ${reporter} in ${compose(next, TOWN)}; editing by ${editor}.\n`;
}

/** Write `copies` copies of every template into `folder` (emptied first). */
export function writeCorpus(folder: string, copies: number, templates: readonly Template[] = readTemplates()): Corpus {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  let articles = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const template of templates) {
      const instance = instanceOf(copy);
      const text = fill(template, instance, copy) + (instance === copy ? '' : signOff(template, copy));
      writeFileSync(join(folder, `${template.story}-${template.outlet}-${String(copy).padStart(3, '0')}.${template.extension}`), text);
      bytes += Buffer.byteLength(text);
      articles++;
    }
  }
  return { folder, articles, bytes };
}
