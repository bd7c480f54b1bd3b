/** Pages for the HTML tests: an article body long enough to be one, in a page with the given head and chrome. */

/** Paragraphs of an invented article, with a figure, a quote and an entity. */
export const BODY = `<p>The Kessling council voted on Tuesday to spend <strong>$3.5&nbsp;million</strong> on a new
sea wall, after storms flooded 120 homes in the harbour district last winter.</p>
<p>&ldquo;We will not wait for the next storm,&rdquo; said mayor Ines Hollow, adding that work on the
wall would start within six weeks and that AT&amp;T had offered to move its cables.</p>`;

/** A page: `head` inside `<head>`, `body` inside `<article>` (default `BODY`), `chrome` around it. */
export function page(options: { head?: string; body?: string; before?: string; after?: string } = {}): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">${options.head ?? ''}</head>
<body>
${options.before ?? ''}
<article>
${options.body ?? BODY}
</article>
${options.after ?? ''}
</body></html>
`;
}
