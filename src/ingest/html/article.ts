/**
 * Which text nodes of a page are its article, as Mozilla's Readability finds them (what Firefox's
 * reader view shows: navigation, banners, share buttons, related links and comments left out).
 * Readability works on a DOM, linkedom's here (jsdom takes far longer to load), and rewrites it
 * as it goes: divs become paragraphs, wrappers are dropped. So each text node is wrapped in a
 * `<span data-cc="i">` before the tree is serialized for linkedom, and the spans left in
 * Readability's article name the nodes it kept. A span without a class is phrasing content that
 * Readability neither scores nor removes by itself, so the wrapping leaves its choice as it was.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { parseHTML } from 'linkedom';

/**
 * Readability's first pass strips likely chrome (comments, sidebars); an article shorter than this
 * (its default is 500 characters) sends it to passes that keep chrome. A short news item is an
 * article too, so the bar is lower.
 */
const CHAR_THRESHOLD = 200;

/** The part of linkedom's element that is read here. */
interface Found {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }>;
}

/** The text nodes of `tree` that Readability keeps as the article. */
export function findArticle(tree: Root): Set<Text> {
  const texts: Text[] = [];
  const { document } = parseHTML(toHtml(marked(tree, texts)));
  const article = new Readability(document, { serializer: (node: unknown) => node as Found, disableJSONLD: true, charThreshold: CHAR_THRESHOLD }).parse();
  const kept = new Set<Text>();
  for (const span of article?.content?.querySelectorAll('span[data-cc]') ?? []) {
    const text = texts[Number(span.getAttribute('data-cc'))];
    if (text) kept.add(text);
  }
  return kept;
}

/** A copy of the tree in which every text node with words outside `<head>` is wrapped in a numbered span, listed in `texts`. */
function marked(tree: Root, texts: Text[]): Root {
  const copy: Root = { type: 'root', children: [] };
  // Walked with a stack (invalid markup can nest thousands deep); copies are filled in document order.
  const stack: Array<{ from: Root | Element; to: Root | Element }> = [{ from: tree, to: copy }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { from, to } = item;
    const children: Array<RootContent | ElementContent> = [];
    for (const child of from.children) {
      if (child.type === 'text' && /\S/.test(child.value)) {
        children.push({ type: 'element', tagName: 'span', properties: { dataCc: texts.length }, children: [child] });
        texts.push(child);
      } else if (child.type === 'element' && child.tagName !== 'head' && child.children.length) {
        const element: Element = { ...child, children: [] };
        children.push(element);
        stack.push({ from: child, to: element });
      } else children.push(child);
    }
    to.children = children as typeof to.children;
  }
  return copy;
}
