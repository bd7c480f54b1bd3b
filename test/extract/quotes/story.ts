/** Test articles: a headline line first, so the paragraphs below are body text. */
export const HEADLINE = 'Harbour town weighs a new bridge';

/** An article of `paragraphs` under a neutral headline (or the one given). */
export function story(paragraphs: readonly string[], headline = HEADLINE): string {
  return [headline, ...paragraphs].join('\n');
}
