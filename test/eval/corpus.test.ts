/** The gold corpus is sound: every anchor occurs exactly once in its article, every fact spans two articles. */
import { describe, expect, it } from 'vitest';
import { loadStories } from './gold.js';

describe.each(loadStories().map((s) => [s.name, s] as const))('gold of %s', (_name, story) => {
  const text = (article: string) => story.files.find((f) => f.path.replace(/\.(md|txt)$/, '').endsWith(`/${article}`))?.text;
  const mentions = [...story.facts.flatMap((f) => f.mentions), ...story.unique];

  it('has every anchor exactly once in its article', () => {
    const bad = mentions.filter((m) => (text(m.article)?.split(m.anchor).length ?? 0) !== 2).map((m) => `${m.article}: ${m.anchor}`);
    expect(bad).toEqual([]);
  });

  it('has every fact in two articles or more, with a value for every mention', () => {
    expect(story.facts.filter((f) => new Set(f.mentions.map((m) => m.article)).size < 2).map((f) => f.id)).toEqual([]);
    expect(mentions.filter((m) => !m.value).map((m) => m.anchor)).toEqual([]);
  });
});
