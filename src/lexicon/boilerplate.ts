/**
 * Site chrome: lines that start with one of these phrases (case-insensitive) are navigation,
 * prompts or credits, not reporting, and no claim comes from them. A phrase must end at a word
 * boundary (`subscribe` matches `Subscribe to…`, not `Subscribers said…`).
 */
export const BOILERPLATE_STARTS: readonly string[] = [
  'related articles',
  'related posts',
  'related stories',
  'read more',
  'read also',
  'see also',
  'back to top',
  'follow us',
  'subscribe',
  'sign up for',
  'share this',
  'share on',
  'click here',
  'advertisement',
  'editorial team',
  '>>be a reporter',
  'be a reporter',
  'all rights reserved',
  '©',
  'tags:',
  'filed under',
  'leave a comment',
  'you may also like',
];

/** Whole lines that are chrome even though they match no phrase above. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // A breadcrumb run together without spaces: `AirArmsEuropePolitics`, `News/World/Europe`.
  /^(?:[A-Z][a-z]+){3,}$/,
  /^[A-Z][\w ]*(?:\s*[>/»|]\s*[A-Z][\w ]*){2,}$/,
];

/**
 * Lines that open a block of links to other articles: they and everything after them are
 * chrome (the headlines listed there are other stories' claims).
 */
export const BOILERPLATE_TAIL: readonly string[] = [
  'related articles',
  'related posts',
  'related stories',
  'you may also like',
  'more stories',
  'more from',
  'latest news',
];
