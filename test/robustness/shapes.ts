/**
 * Articles of hostile shapes, as scraped pages can come (a transcript, a table dump, a page whose
 * text came out on one line), at any size: each shape is a unit repeated until `size` characters.
 * Used by the complexity test (test/robustness/hostile.test.ts) and by `npm run bench`.
 */

/** A unit of text that a shape repeats; `heading` opens the article. */
interface Shape {
  heading: string;
  unit: (i: number) => string;
  /** What joins the units: a space keeps them on one line. */
  joint: string;
  /** The file's extension: `md` for Markdown shapes. */
  extension?: 'md';
}

const NEWS = [
  'Emergency crews said 42 miners were brought out of the flooded shaft on Sunday, March 3',
  'the company put the cost at $12.4 million and said repairs would take three weeks',
  '“We will not stop until every family is safe,” said regional governor Alenka Moravec',
  'about 40,000 people left their homes, and 17 ships waited offshore for 2 days',
];

/** The shapes, by name. */
export const SHAPES: Record<string, Shape> = {
  'one long line': { heading: 'Live blog', unit: (i) => (NEWS[i % NEWS.length] as string).replace(/[.,“”]/g, ''), joint: ' ' },
  'digits': { heading: 'Table dump', unit: (i) => String(100 + (i % 900)), joint: ' ' },
  'currency signs': { heading: 'Prices', unit: () => '$ 1', joint: ' ' },
  'quote marks': { heading: 'Quotes', unit: (i) => (i % 2 ? '“said' : '”'), joint: ' ' },
  'straight quotes': { heading: 'Quotes', unit: () => '"a', joint: ' ' },
  'dashes': { heading: 'Scores', unit: (i) => `${i % 9}-${i % 7} –`, joint: ' ' },
  'parentheses': { heading: 'Notes', unit: (i) => `(${i % 50} (of ((the`, joint: ' ' },
  'capitalised names': { heading: 'Names', unit: (i) => ['Minister', 'Anna', 'Kowal', 'Said', 'President', 'Of', 'The', 'Harbour'][i % 8] as string, joint: ' ' },
  'dates': { heading: 'Calendar', unit: (i) => `from September ${1 + (i % 20)} until ${21 + (i % 9)} and on Monday`, joint: ' ' },
  'claims in one paragraph': { heading: 'Figures', unit: (i) => `${NEWS[i % NEWS.length] as string}.`, joint: ' ' },
  'nested quotes (Markdown)': { heading: '# Quotes', unit: () => '> ', joint: '', extension: 'md' },
  'nested lists (Markdown)': { heading: '# Lists', unit: (i) => `${'  '.repeat(i % 60)}- item ${i % 9} ships`, joint: '\n', extension: 'md' },
  'brackets (Markdown)': { heading: '# Links', unit: (i) => (i % 2 ? '[' : '[a'), joint: '', extension: 'md' },
  'mixed scripts': { heading: 'World', unit: (i) => ['Москва 12 кораблей', 'القاهرة ٣ سفن', 'שלום 5 ספינות', 'e\u0301te\u0301 7 bâteaux', '東京 9 隻', '🚢 14 ships 🌊', '\u202Eevil 3\u202C'][i % 7] as string, joint: ' ' },
};

/** The file name of a shape's article. */
export function hostileFile(name: string): string {
  return `hostile.${SHAPES[name]?.extension ?? 'txt'}`;
}

/** The article of a shape, about `size` characters long (its heading on a line of its own). */
export function hostileArticle(name: string, size: number): string {
  const shape = SHAPES[name];
  if (!shape) throw new Error(`No shape ${name}`);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const unit = shape.unit(i);
    parts.push(unit);
    length += unit.length + shape.joint.length;
  }
  return `${shape.heading}\n\n${parts.join(shape.joint)}\n`;
}
