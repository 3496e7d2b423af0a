/**
 * The browser crawl's choice of pages (tests/e2e/crawl-plan.ts) on a tiny
 * build written here: one page per kind, kinds the build lacks listed, a
 * sample that is the same on every run, every page with `CRAWL=full`, and
 * a changed source mapped to its page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'crawl-plan-'));
type Plan = typeof import('../e2e/crawl-plan');
let plan: Plan;

const html = (lang: string, htmlClass = '', body = '<h1>x</h1>') =>
  `<!doctype html><html lang=${lang} class="${htmlClass}"><head></head><body>${body}</body></html>`;
const doc = (id: string, version = 'current') =>
  `docs-wrapper docs-version-${version} docs-doc-page docs-doc-id-${id}`;

const FILES: Record<string, string> = {
  'index.html': html('en'),
  'tr/index.html': html('tr'),
  '404.html': html('en'),
  'search.html': html('en'),
  'guides/a.html': html('en', doc('guides/a')),
  'tr/guides/a.html': html('tr', doc('guides/a'), '<div data-translation-notice=machine></div>'),
  '2021-08/guides/a.html': html('en', doc('guides/a', '2021-08')),
  'guides/faq.html': html(
    'en',
    doc('guides/faq'),
    '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
  ),
  'go/a.html': '<html><head><meta http-equiv="refresh" content="0; url=/guides/a"></head></html>',
  ...Object.fromEntries(
    ['b', 'c', 'd', 'e', 'f'].map((x) => [`guides/${x}.html`, html('en', doc(`guides/${x}`))]),
  ),
};

beforeAll(async () => {
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(site, 'build', file)), {recursive: true});
    fs.writeFileSync(path.join(site, 'build', file), content);
  }
  process.env.E2E_SITE_DIR = site;
  plan = await import('../e2e/crawl-plan');
});
afterAll(() => {
  delete process.env.E2E_SITE_DIR;
  fs.rmSync(site, {recursive: true, force: true});
});

describe('crawl plan', () => {
  it('crawls one page of each kind, lists the kinds the build lacks, and samples the rest', () => {
    const {pages, absent, changedNote} = plan.planCrawl(false);
    const byKind = Object.fromEntries(
      pages.flatMap((p) => p.reasons.map((r) => [r, p.urlPath] as const)),
    );
    expect(byKind).toMatchObject({
      home: '/',
      search: '/search',
      '404': '/404',
      article: '/guides/a',
      'MT article': '/tr/guides/a',
      FAQ: '/guides/faq',
      redirect: '/go/a',
      'archived version': '/2021-08/guides/a',
    });
    expect(absent).toEqual(['landing']);
    // Not this checkout's build: no changed pages, and the plan says why.
    expect(changedNote).toBe('the build is not this checkout');
    const sample = pages.filter((p) => p.reasons.includes('sample'));
    expect(sample).toHaveLength(plan.SAMPLE_SIZE);
    expect(sample.every((p) => !p.redirect)).toBe(true);
    // The same sample on every run.
    expect(plan.planCrawl(false).pages.map((p) => p.urlPath)).toEqual(pages.map((p) => p.urlPath));
  });

  it('crawls every page when asked for the full crawl', () => {
    expect(plan.planCrawl(true).pages).toHaveLength(Object.keys(FILES).length);
  });

  it('maps a changed source to the page it builds', () => {
    expect(plan.docKeyOfSource('docs/guides/a.md')).toBe('en|current|guides/a');
    expect(plan.docKeyOfSource('versioned_docs/version-2021-08/guides/a.mdx')).toBe(
      'en|2021-08|guides/a',
    );
    expect(
      plan.docKeyOfSource('i18n/tr/docusaurus-plugin-content-docs/version-2021-08/guides/a.md'),
    ).toBe('tr|2021-08|guides/a');
    expect(plan.docKeyOfSource('i18n/tr/docusaurus-plugin-content-docs/current/guides/a.md')).toBe(
      'tr|current|guides/a',
    );
    expect(plan.docKeyOfSource('src/css/custom.css')).toBeUndefined();
  });
});
