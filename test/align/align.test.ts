import { describe, expect, it } from 'vitest';
import { align, type AlignStats } from '../../src/align/index.js';
import { extract } from '../../src/extract/index.js';
import { toSource } from '../../src/ingest/index.js';
import type { Group } from '../../src/model.js';
import { segment } from '../../src/segment/index.js';

/** Align articles given as `[id, text]`, each dated 2026-05-04. */
function groupsOf(...articles: Array<[string, string]>): Group[] {
  return alignWith({ scored: 0 }, ...articles);
}

function alignWith(stats: AlignStats, ...articles: Array<[string, string]>): Group[] {
  return align(articles.map(([id, text]) => {
    const source = toSource(`${id}.txt`, `Headline for ${id}\n\n${text}\n`);
    source.published = '2026-05-04';
    return extract(segment(source));
  }), stats);
}
const texts = (group: Group | undefined) => group?.claims.map((c) => `${c.source}:${c.text}`);
const groupWith = (groups: Group[], text: string) => groups.find((g) => g.claims.some((c) => c.text === text));

describe('align', () => {
  it('groups the same count told in other words', () => {
    const groups = groupsOf(['a', 'Fire crews rescued 42 miners from the flooded shaft on Sunday.'], ['b', 'In all, 42 miners were brought out of the shaft alive.']);
    expect(texts(groupWith(groups, '42 miners'))).toEqual(['a:42 miners', 'b:42 miners']);
  });

  it('groups different figures for the same counted thing', () => {
    const groups = groupsOf(['a', 'The storm destroyed 120 homes in the valley.'], ['b', 'Officials said 150 homes were destroyed by the storm.']);
    expect(texts(groupWith(groups, '120 homes'))).toEqual(['a:120 homes', 'b:150 homes']);
  });

  it('does not pair two figures that share only their unit', () => {
    // `mph` is the claims' unit: the unit's prior counts it, the subject words do not count it again.
    const groups = groupsOf(['a', 'The speed limit on the old bridge is 50 mph.'], ['b', 'Sensors showed the lorry driver was within 2 mph of his own record.']);
    expect(texts(groupWith(groups, '50 mph'))).toEqual(['a:50 mph']);
  });

  it('groups one distance told in miles and in kilometres', () => {
    const groups = groupsOf(['a', 'The quake struck 80 kilometres east of Dovren on Sunday.'], ['b', 'The epicentre was 50 miles east of Dovren.']);
    expect(texts(groupWith(groups, '80 kilometres'))).toEqual(['a:80 kilometres', 'b:50 miles']);
    expect(groupWith(groups, '80 kilometres')?.claims.map((c) => c.value.unit)).toEqual(['km', 'mile']);
  });

  it('groups the dead counted as bodies, victims or deaths', () => {
    const groups = groupsOf(
      ['a', 'Divers found four bodies inside the sunken ferry on Tuesday.'],
      ['b', 'The bodies of four victims were found inside the ferry.'],
      ['c', 'Four deaths were confirmed after divers searched inside the ferry.'],
    );
    expect(texts(groupWith(groups, 'four bodies'))).toEqual(['a:four bodies', 'b:four victims', 'c:Four deaths']);
  });

  it('groups people counted as others', () => {
    const groups = groupsOf(['a', 'Three died and 60 others were hurt in the crush at the stadium gate.'], ['b', 'At the stadium gate, 60 people were hurt in the crush.']);
    expect(texts(groupWith(groups, '60 others'))).toEqual(['a:60 others', 'b:60 people']);
  });

  it('does not pair two percentages that share only the spelling of their unit', () => {
    const groups = groupsOf(['a', 'Turnout in the northern districts reached 64 per cent.'], ['b', 'The ruling party took 48 per cent of the seats.']);
    expect(texts(groupWith(groups, '64 per cent'))).toEqual(['a:64 per cent']);
  });

  it('keeps different counted things apart', () => {
    const groups = groupsOf(['a', 'The convoy had 30 trucks.'], ['b', 'The convoy had 30 buses.']);
    expect(texts(groupWith(groups, '30 trucks'))).toEqual(['a:30 trucks']);
  });

  it('groups one crowd counted as protesters, citizens and people', () => {
    const groups = groupsOf(
      ['a', 'About 25,000 protesters marched through Dovren against the fuel tax on Sunday.'],
      ['b', 'Some 25 thousand citizens marched in Dovren against the fuel tax.'],
      ['c', 'Around 25k people marched against the tax in Dovren.'],
    );
    expect(texts(groupWith(groups, 'About 25,000 protesters'))).toEqual(['a:About 25,000 protesters', 'b:Some 25 thousand citizens', 'c:Around 25k people']);
  });

  it('groups near figures of one currency that are each other’s best match, even without a word in common', () => {
    const groups = groupsOf(
      ['a', 'Regional officials put the storm damage at $2.35 billion on Monday.'],
      ['b', 'The bill? A whopping $2.9bn, and climbing.'],
    );
    expect(texts(groupWith(groups, '$2.35 billion'))).toEqual(['a:$2.35 billion', 'b:$2.9bn']);
  });

  it('keeps counts of different people apart when only the figure is shared', () => {
    const groups = groupsOf(['a', 'The strike drew 300 workers to the factory gates.'], ['b', 'About 300 passengers were stranded at the airport.']);
    expect(texts(groupWith(groups, '300 workers'))).toEqual(['a:300 workers']);
  });

  it('keeps the dead and the injured apart', () => {
    const groups = groupsOf(['a', 'The blast killed 4 people and injured 19 people.'], ['b', 'Four people died and 19 people were hurt in the blast.']);
    const injured = groupWith(groups, '19 people');
    expect(injured?.claims.map((c) => c.text)).toEqual(['19 people', '19 people']);
  });

  it('groups the same quote with changed words', () => {
    const groups = groupsOf(
      ['a', '“We will reopen the bridge before the winter,” said Mayor Lena Corvin.'],
      ['b', '“We will reopen the bridge before the autumn,” Corvin said.'],
    );
    expect(groupWith(groups, '“We will reopen the bridge before the winter,”')?.claims).toHaveLength(2);
  });

  it('groups an excerpt of a quote spelled the other side of the Atlantic', () => {
    const groups = groupsOf(
      ['a', 'Warden Ilse Marr said: “The river was the colour of milky coffee, and it kept rising.”'],
      ['b', 'Warden Ilse Marr said the river "was the color of milky coffee".'],
    );
    expect(groupWith(groups, '"was the color of milky coffee"')?.claims).toHaveLength(2);
  });

  it('never puts two values of one source in a group', () => {
    const groups = groupsOf(['a', 'The storm destroyed 120 homes. Later 130 homes were counted.'], ['b', 'The storm destroyed 125 homes.']);
    for (const group of groups) {
      const stated = group.claims.map((c) => `${c.source}:${JSON.stringify(c.value)}`);
      expect(new Set(stated).size).toBe(new Set(group.claims.map((c) => c.source)).size);
    }
  });

  it('groups one fact a source restates, as in a headline and its body', () => {
    const groups = groupsOf(
      ['a', 'Floods in the Varn valley destroyed 120 homes on Sunday.\n\nThe mayor said the floods destroyed 120 homes in the valley.'],
      ['b', 'The floods in the Varn valley destroyed 120 homes.'],
    );
    expect(texts(groupWith(groups, '120 homes'))).toEqual(['a:120 homes', 'a:120 homes', 'b:120 homes']);
  });

  it('gives the same ids on every run', () => {
    const run = () => groupsOf(['a', 'The storm destroyed 120 homes.'], ['b', 'The storm destroyed 150 homes.']).map((g) => g.id);
    expect(run()).toEqual(run());
  });

  it('finds candidates through an index, not by comparing every pair', () => {
    // 400 counts of 400 different things: an all-pairs loop would score 40,000 cross-source pairs.
    const noun = (i: number) => `gizmo${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}n`;
    const article = (from: number) => Array.from({ length: 200 }, (_, i) => `Crews found ${i + 2} ${noun(from + i)}s near ${noun(from + i)}ville.`).join(' ');
    const stats = { scored: 0 };
    const groups = alignWith(stats, ['a', article(0)], ['b', article(200)]);
    expect(groups.reduce((n, g) => n + g.claims.length, 0)).toBe(400);
    expect(groups.every((g) => g.claims.length === 1)).toBe(true);
    expect(stats.scored).toBeLessThan(400);
  });
});
