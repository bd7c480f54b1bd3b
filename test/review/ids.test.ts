/** Group ids and claim fingerprints survive edits that do not touch their claims. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSources, toSource } from '../../src/index.js';
import type { Source } from '../../src/model.js';

const STORY = 'test/fixtures/stories/vellmouth-dock-strike';
const read = () => readdirSync(STORY).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => ({ path: join(STORY, f), text: readFileSync(join(STORY, f), 'utf8') }));
const sourcesOf = (files: Array<{ path: string; text: string }>): Source[] => files.map((f) => toSource(f.path, f.text));
const ids = (files: Array<{ path: string; text: string }>) => compareSources(sourcesOf(files)).groups.map((g) => g.id).sort();
const prints = (files: Array<{ path: string; text: string }>) => compareSources(sourcesOf(files)).groups.flatMap((g) => g.claims.map((c) => c.fingerprint)).sort();
const before = read();

describe('stable ids', () => {
  it('are the same on every run', () => {
    expect(ids(before)).toEqual(ids(read()));
  });

  it('survive adding an unrelated article', () => {
    const extra = { path: 'elsewhere/zz-bakery.txt', text: 'Bakery opens in the old mill\n\nA bakery with 12 ovens opened in the old mill on Saturday, its owner said.\n' };
    const after = ids([...before, extra]);
    expect(ids(before).filter((id) => !after.includes(id))).toEqual([]);
  });

  it('survive reordering the paragraphs of an article', () => {
    const reordered = before.map((f) => {
      if (!f.path.endsWith('harbourside-notes.txt')) return f;
      const [head = '', ...paragraphs] = f.text.split('\n\n');
      const body = paragraphs.slice(0, 5).reverse();
      return { ...f, text: [head, ...body, ...paragraphs.slice(5)].join('\n\n') };
    });
    expect(reordered[1]?.text).not.toBe(before[1]?.text);
    expect(ids(reordered)).toEqual(ids(before));
    expect(prints(reordered)).toEqual(prints(before));
  });

  it('survive editing another sentence', () => {
    const edited = before.map((f) => (f.path.endsWith('coastline-wire.md') ? { ...f, text: f.text.replace('Brannock Terminals did not respond to a request for comment.', 'Brannock Terminals declined to comment on the deal.') } : f));
    expect(edited[0]?.text).not.toBe(before[0]?.text);
    expect(ids(edited)).toEqual(ids(before));
  });
});
