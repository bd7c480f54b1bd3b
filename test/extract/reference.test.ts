import { describe, expect, it } from 'vitest';
import { toSource } from '../../src/ingest/index.js';
import { compareSources } from '../../src/index.js';
import { findReference, storyReference } from '../../src/extract/reference.js';
import type { Reference } from '../../src/extract/types.js';
import { segment } from '../../src/segment/index.js';

function referenceOf(text: string, published?: string): Reference {
  const source = toSource('test.txt', `Headline\n\n${text}\n`);
  if (published) source.published = published;
  const { sentences } = segment(source);
  return findReference(source, sentences);
}

describe('the reference of one source', () => {
  it.each<[string, Partial<Reference>]>([
    ['The dam opened on March 4, 2026, after years of delay.', { year: 2026, named: 2026 }],
    ['The dam opened on 4 March 2025. It was planned in 2019.', { year: 2025, named: 2025 }],
    ['The dam opened in 2027, not on 4 March 2025.', { year: 2025, named: 2027 }],
    ['Work began in May 2025 and ended on 2026-02-11.', { year: 2026, named: 2026 }],
    // A bare year is a period the article talks about, not when it was written.
    ['The plant has supplied the festival since 2019.', { year: null }],
    ['Trade should reach $5 billion by 2030, up from $3 billion in 2024.', { year: null, named: 2024 }],
    ['Engineers warned in a 2019 report that the levee was failing.', { year: null, named: 2019 }],
    ['The Harbour-Fest 2024 crowd cheered.', { year: null, named: 2024 }],
    ['Nothing happened in March.', { year: null }],
  ])('%s', (text, expected) => {
    const reference = referenceOf(text);
    expect({ year: reference.year, named: reference.named }).toEqual({ named: undefined, ...expected });
  });

  it('takes the publication date when there is one', () => {
    expect(referenceOf('The dam opened on March 4, 2019.', '2026-03-05')).toEqual({ date: '2026-03-05', year: 2026, inferred: false });
  });
});

describe('the reference of a story', () => {
  const own = (year: number | null, named?: number): Reference => ({ date: null, year, inferred: true, ...(named === undefined ? {} : { named }) });

  it.each<[string, Reference[], number | null]>([
    ['the latest publication year first', [{ date: '2025-06-01', year: 2025, inferred: false }, own(2027)], 2025],
    ['else the latest year stated, in a date or not', [own(2020), own(null, 2021), own(null)], 2021],
    ['none without any year', [own(null), own(null)], null],
  ])('%s', (_name, references, year) => {
    expect(storyReference(references)?.year ?? null).toBe(year);
  });
});

describe('dates of an undated source that names only unrelated years', () => {
  it('take their year from the story, not from "since 2019"', () => {
    const dated = toSource('wire.md', '---\ntitle: Stand collapses\npublished: 2024-08-15\n---\n\nThe stand folded on August 14, the organisers said.\n');
    const blog = toSource('blog.txt', 'Headline\n\nI was there in mid-August when the stand folded. The builder has supplied the fair since 2019.\n');
    const claims = compareSources([dated, blog]).groups.flatMap((g) => g.claims).filter((c) => c.source === 'blog' && c.kind === 'date');
    expect(claims.map((c) => ({ text: c.text, start: c.kind === 'date' ? c.value.start : null }))).toContainEqual({ text: 'mid-August', start: '2024-08-11' });
  });
});
