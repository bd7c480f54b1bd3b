/** Page metadata in its order of trust: JSON-LD article, then og:/article: meta tags and canonical, then <time> and <title>. */
import { describe, expect, it } from 'vitest';
import { toPageSource } from '../../../src/ingest/index.js';
import { page } from './page.js';

const LD = (object: unknown) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;
const META = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
<meta property="og:url" content="https://og.example/a"><meta property="article:published_time" content="2024-03-02T10:00:00Z">`;
const WEAK = '<title>Title tag</title><link rel="canonical" href="https://canonical.example/a">';
const TIME = '<p>Posted <time datetime="2024-03-03">3 March</time></p>';
const ARTICLE = { headline: 'LD headline', datePublished: '2024-03-01T23:30:00-08:00', url: 'https://ld.example/a', publisher: { '@type': 'Organization', name: 'LD Outlet' } };

async function metadataOf(html: string) {
  const { title, outlet, url, published } = await toPageSource('page.html', html);
  return { title, outlet, url, published };
}

describe('page metadata', () => {
  it.each([
    ['JSON-LD NewsArticle beats meta tags, <time> and <title>', page({ head: LD({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...ARTICLE }) + META + WEAK, before: TIME }), { title: 'LD headline', outlet: 'LD Outlet', url: 'https://ld.example/a', published: '2024-03-01' }],
    ['an article in a @graph, its type in an array', page({ head: LD({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['ReportageNewsArticle'], ...ARTICLE }] }) + META }), { title: 'LD headline', outlet: 'LD Outlet', url: 'https://ld.example/a', published: '2024-03-01' }],
    ['a plain Article with a publisher array', page({ head: LD([{ '@type': 'Article', headline: 'Plain', publisher: [{ name: 'First' }] }]) + META }), { title: 'Plain', outlet: 'First', url: 'https://og.example/a', published: '2024-03-02' }],
    ['meta tags beat <time>, <title> and canonical', page({ head: META + WEAK, before: TIME }), { title: 'OG title', outlet: 'OG Site', url: 'https://og.example/a', published: '2024-03-02' }],
    ['<time datetime>, <title> and canonical when nothing else says', page({ head: WEAK, before: TIME }), { title: 'Title tag', outlet: null, url: 'https://canonical.example/a', published: '2024-03-03' }],
    ['a JSON-LD node that is no article is not read', page({ head: LD({ '@type': 'WebPage', headline: 'Page', datePublished: '2020-01-01' }) + META }), { title: 'OG title', outlet: 'OG Site', url: 'https://og.example/a', published: '2024-03-02' }],
    ['broken JSON-LD is passed over', page({ head: '<script type="application/ld+json">{"@type": "NewsArticle",</script>' + META }), { title: 'OG title', outlet: 'OG Site', url: 'https://og.example/a', published: '2024-03-02' }],
  ])('%s', async (_name, html, expected) => {
    expect(await metadataOf(html)).toEqual(expected);
  });

  it('takes the day as the timestamp writes it, whatever its time zone', async () => {
    const html = page({ head: '<meta property="article:published_time" content="2025-05-21T23:30:00-04:00">' });
    expect((await metadataOf(html)).published).toBe('2025-05-21');
  });

  it('resolves relative dates against the page’s publication day', async () => {
    const { compareSources } = await import('../../../src/index.js');
    const source = await toPageSource('page.html', page({ head: '<meta property="article:published_time" content="2024-03-08T09:00:00Z">' }));
    const dates = compareSources([source]).groups.flatMap((g) => g.claims).filter((c) => c.kind === 'date');
    expect(dates.map((c) => [c.text, c.value])).toContainEqual(['Tuesday', expect.objectContaining({ start: '2024-03-05' })]);
  });
});
