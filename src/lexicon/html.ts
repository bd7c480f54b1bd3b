/** HTML vocabulary for reading pages: article types, elements that hold no reading text, block elements. */

/** schema.org types of an article, whose JSON-LD node gives a page's metadata. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
]);

/** Elements removed before the page is read: code, styles, templates and drawings hold no article text. */
export const UNREAD_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas']);

/** Elements whose text is never a claim even inside the article: captions are metadata (DESIGN.md), controls are chrome. */
export const CAPTION_ELEMENTS: ReadonlySet<string> = new Set(['figcaption', 'caption', 'button', 'select', 'textarea', 'label']);

/** Elements that start a paragraph of their own. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Heading elements: their paragraph is a heading, one sentence. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
