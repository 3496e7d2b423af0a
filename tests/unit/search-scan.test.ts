/**
 * Reading built pages for the search index (src/plugins/search/scan.ts): a
 * page as the build writes it (minified: attribute quotes dropped; fixture in
 * tests/fixtures/search, our own Turkish text) in, the title, description,
 * breadcrumb and sections the search box shows out. The site reads pages with
 * htmlparser2 instead of the library's parse5: the result must be what the
 * library's own reader gives.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Props} from '@docusaurus/types';
import {
  parseBuiltPage,
  scanBuiltSite,
  type SearchConfig,
  type VersionDocuments,
} from '../../src/plugins/search/scan';
import {tempSite} from './helpers/temp-site';

const html = fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'search', 'built-page.tr.html'),
  'utf8',
);
const URL = '/tr/microsoft-365/commerce/licenses/transfer';
const config = (extra: Partial<SearchConfig> = {}) =>
  ({ignoreCssSelectors: [], forceIgnoreNoIndex: true, ...extra}) as SearchConfig;

// The library's own page reader (cheerio with parse5), for comparison.
const libraryRequire = createRequire(require.resolve('@easyops-cn/docusaurus-search-local'));
const libraryParse = (
  libraryRequire('./utils/parse') as {
    parse: (html: string, type: string, url: string, config: SearchConfig) => unknown;
  }
).parse;

describe('a built page, read for search', () => {
  const page = parseBuiltPage(html, 'docs', URL, config());

  it('gives the title, description, keywords and breadcrumb', () => {
    expect(page?.pageTitle).toBe('Lisansları kiracılar arasında taşıma');
    expect(page?.description).toBe(
      'Bir kiracıdaki lisansları başka bir kiracıya nasıl taşıyacağınızı öğrenin.',
    );
    expect(page?.keywords).toBe('lisans, kiracı, İşlem');
    expect(page?.breadcrumb).toEqual(['Makaleler', 'Ticaret']);
  });

  it('splits the text into sections at h2 and h3, with their anchors', () => {
    expect(page?.sections.map((s) => [s.title, s.hash])).toEqual([
      ['Lisansları kiracılar arasında taşıma', ''],
      ['Başlamadan önce', '#baslamadan-once'],
      ['Adımlar', '#adimlar'],
      ['Başka bir sayfa', '/tr/baska-sayfa#diger'],
    ]);
    expect(page?.sections[0]?.content).toBe(
      'Bu makale, İstanbul ofisindeki yöneticiler için yazıldı & güncel.',
    );
    expect(page?.sections[1]?.content).toContain('Genel yönetici Faturalama yöneticisi');
  });

  it('leaves out the copy button of code blocks and the version badge', () => {
    const text = JSON.stringify(page);
    expect(text).toContain('Get-MgSubscribedSku');
    expect(text).not.toContain('Kopyala');
    expect(text).not.toContain('Version: 2021-08');
  });

  it('reads the page as the search library itself does', () => {
    expect(page).toEqual(libraryParse(html, 'docs', URL, config()));
  });

  it('keeps a noindex page only when told to (the site keeps them findable)', () => {
    expect(parseBuiltPage(html, 'docs', URL, config({forceIgnoreNoIndex: false}))).toBeUndefined();
    expect(parseBuiltPage(html, 'docs', URL, config())).toBeDefined();
  });

  it('drops what the ignoreCssSelectors option names', () => {
    const without = parseBuiltPage(html, 'docs', URL, config({ignoreCssSelectors: ['table']}));
    expect(JSON.stringify(without)).not.toContain('Aboneliği iptal edin');
    expect(JSON.stringify(page)).toContain('Aboneliği iptal edin');
  });
});

describe('the built site, read for search', () => {
  const TITLE = 'Lisansları kiracılar arasında taşıma';
  const site = () =>
    tempSite('search-scan-', {
      'microsoft-365/a.html': html,
      '2021-08/microsoft-365/a.html': html,
    });
  const props = (outDir: string) =>
    ({
      outDir,
      baseUrl: '/',
      siteConfig: {trailingSlash: false},
      routesPaths: ['/microsoft-365/a', '/2021-08/microsoft-365/a', '/404.html'],
      plugins: [
        {
          name: 'docusaurus-plugin-content-docs',
          content: {
            loadedVersions: [
              {path: '/', isLast: true, docs: [{permalink: '/microsoft-365/a'}]},
              {path: '/2021-08', isLast: false, docs: [{permalink: '/2021-08/microsoft-365/a'}]},
            ],
          },
        },
      ],
    }) as unknown as Props;
  const options = config({
    indexDocs: true,
    indexBlog: false,
    indexPages: false,
    docsRouteBasePath: [''],
    blogRouteBasePath: [],
  } as unknown as Partial<SearchConfig>);

  it("reads a version's pages only when the previous version is done, ids running on", async () => {
    const dir = site();
    const scan = scanBuiltSite(props(dir), options);
    const next = async () => (await scan.next()).value as VersionDocuments;
    const current = await next();
    expect(current.outDir).toBe(dir);
    expect(current.documents[0]).toEqual([
      expect.objectContaining({i: 1, t: TITLE, u: '/microsoft-365/a'}),
    ]);
    // Changed after the first version was handed over: a scan that read every
    // version first would still give the old title.
    const older = path.join(dir, '2021-08', 'microsoft-365', 'a.html');
    fs.writeFileSync(older, html.replaceAll(TITLE, 'Eski sürüm'));
    const snapshot = await next();
    expect(snapshot.outDir).toBe(path.join(dir, '2021-08'));
    const lastId = Math.max(...current.documents.flat().map((d) => d.i));
    expect(snapshot.documents[0]).toEqual([
      expect.objectContaining({i: lastId + 1, t: 'Eski sürüm', u: '/2021-08/microsoft-365/a'}),
    ]);
    expect((await scan.next()).done).toBe(true);
  });
});
