/**
 * What an article page costs its reader in bytes: the budgets of
 * scripts/bench/budgets.json, checked on production builds as they are
 * hosted (scripts/serve.mjs), weighed by scripts/bench/page-weight.mjs
 * (gzip bytes of what the page downloads until it has hydrated).
 *
 *  - every article page of this site (each locale and version) loads at
 *    most `articleJsKiB` of JavaScript;
 *  - a page fetches no other page's code until the reader points at a
 *    link; pointing at one fetches it, and the click then navigates in place;
 *    a navigation that waits shows a bar at the top (the page-weight
 *    plugin's stand-in for nprogress);
 *  - the JavaScript an article loads grows with the site at most by
 *    `articleJsBytesPerArticleN40` gzip bytes per article added, measured in
 *    a copy of the site holding N = 40 articles per locale (the benchmark's
 *    corpus); and there a PowerShell block is highlighted, with Prism
 *    downloaded by that page only.
 * Why N = 40 and not 400: what grows with the site (route table, sidebar,
 * chunk registry) grows by about the same bytes per article, so 39 added
 * articles show the slope at a tenth of the build time. The first articles
 * also pay once for their folders, so the slope at 40 is a little steeper
 * than at 400 and has a budget of its own; `npm run bench` builds N = 400
 * and checks `articleJsGrowthN400` on the real ratio.
 * Bytes only: timings belong to `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {expect, test, type Browser, type Page} from '@playwright/test';
import {BUILD_DIR, listBuiltPages} from './built-site';
import {LOCALES, SEED_PATH, pageUrl} from './site';
import {sharedScratchSite, type SharedScratchSite} from './scratch-build';
import {ADDED_ARTICLES, CORPUS_N} from './scratch-scenarios';

// Loaded with import(): Playwright compiles a static import of an .mjs file
// to require(), which can't load an ES module.
const weightModule = (): Promise<typeof import('../../scripts/bench/page-weight.mjs')> =>
  import('../../scripts/bench/page-weight.mjs');
const budgetsModule = (): Promise<typeof import('../../scripts/bench/budgets.mjs')> =>
  import('../../scripts/bench/budgets.mjs');

type Weight = Awaited<ReturnType<Awaited<ReturnType<typeof weightModule>>['weighPage']>>;

async function weigh(page: Page, url: string): Promise<Weight> {
  const {weighPage} = await weightModule();
  return weighPage(page, url);
}

/** Weighs a page in a new browser context: an empty cache, as on a first visit. */
async function weighFresh(
  browser: Browser,
  baseURL: string | undefined,
  url: string,
): Promise<Weight> {
  const context = await browser.newContext({baseURL, viewport: {width: 1280, height: 720}});
  try {
    return await weigh(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

/** The biggest files of a weighing, for failure messages. */
function biggest(w: Weight): string {
  return w.files
    .filter((f) => f.kind === 'script' || f.kind === 'prefetch')
    .slice(0, 6)
    .map((f) => `${f.path} ${(f.gz / 1024).toFixed(1)} KiB`)
    .join(', ');
}

/** Article pages of the build: Docusaurus marks a doc page's <html> with `docs-doc-page`. */
function articlePages(): string[] {
  return listBuiltPages()
    .filter(({file}) => {
      const $ = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));
      return $('html').hasClass('docs-doc-page');
    })
    .map((p) => p.urlPath);
}

test.describe('article pages of this site', () => {
  for (const urlPath of articlePages()) {
    test(`loads at most the JavaScript budget: ${urlPath}`, async ({page}) => {
      const {budgets} = await budgetsModule();
      const w = await weigh(page, urlPath);
      expect(
        w.js.gz,
        `${urlPath}: ${(w.js.gz / 1024).toFixed(1)} KiB of JavaScript (${biggest(w)})`,
      ).toBeLessThanOrEqual(budgets.articleJsKiB * 1024);
    });
  }

  test('fetches another page only when the reader points at its link, then navigates in place', async ({
    page,
  }) => {
    const w = await weigh(page, pageUrl('en', 'current', SEED_PATH));
    expect(
      w.jsPrefetched.gz,
      `prefetched at load: ${w.files
        .filter((f) => f.kind === 'prefetch')
        .map((f) => f.path)
        .join(', ')}`,
    ).toBe(0);

    const loaded = new Set(w.files.map((f) => f.path));
    const fetched: string[] = [];
    page.on('request', (request) => {
      const {pathname} = new URL(request.url());
      if (pathname.endsWith('.js') && !loaded.has(pathname)) fetched.push(pathname);
    });
    // The breadcrumbs lead home: pointing at that link fetches the home page's code.
    const home = page.getByRole('link', {name: 'Home page'});
    await home.hover();
    await expect.poll(() => fetched.length).toBeGreaterThan(0);

    // The click is handled by the page (no new document): what pointing fetched is used.
    await page.evaluate(() => Object.assign(window, {notReloaded: true}));
    await home.click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    expect(await page.evaluate(() => (window as {notReloaded?: boolean}).notReloaded)).toBe(true);
  });

  test('an in-page navigation that waits for the next page shows a bar at the top until it arrives', async ({
    page,
  }) => {
    await page.goto(pageUrl('en', 'current', SEED_PATH));
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    // Hold back the code of the next page until the bar has been seen.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/js/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('link', {name: 'Home page'}).click();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-route-loading', '');
    const bar = await page.evaluate(() => {
      const style = getComputedStyle(document.body, '::before');
      return {content: style.content, height: style.height, position: style.position};
    });
    expect(bar).toEqual({content: '""', height: '3px', position: 'fixed'});
    release();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    await expect(html).not.toHaveAttribute('data-route-loading');
  });
});

// The shared scratch copy (scratch-scenarios.ts): the benchmark's synthetic
// corpus, N articles per locale and version, in Microsoft's folders, some
// with PowerShell, and a few articles of the other specs' scenarios.
const N = CORPUS_N;
/** The site size the growth budget is written for (budgets.json). */
const BUDGET_N = 400;

test.describe(`at ${N} articles per locale`, () => {
  test.describe.configure({mode: 'serial'});
  let site: SharedScratchSite;
  let withCode: string;

  test.beforeAll(async () => {
    site = await sharedScratchSite();
    withCode = site.facts.withCode;
  });
  test.afterAll(async () => site?.close());

  for (const locale of LOCALES) {
    test(`an article's JavaScript grows by at most the budget per article added: ${locale}`, async ({
      browser,
      baseURL,
    }) => {
      const {budgets} = await budgetsModule();
      const url = pageUrl(locale, 'current', SEED_PATH);
      const small = await weighFresh(browser, baseURL, url);
      const large = await weighFresh(browser, baseURL, site.url + url);
      // Bytes per added article: the copy has ADDED_ARTICLES more than the real site.
      const perArticle = (large.js.gz - small.js.gz) / ADDED_ARTICLES;
      const atBudgetN = (small.js.gz + perArticle * (BUDGET_N - 1)) / small.js.gz;
      expect(
        perArticle,
        `${(large.js.gz / 1024).toFixed(1)} KiB at N=${N} vs ${(small.js.gz / 1024).toFixed(1)} KiB here: ${perArticle.toFixed(0)} B per article added, as if ${atBudgetN.toFixed(2)}x at N=${BUDGET_N} (${biggest(large)})`,
      ).toBeLessThanOrEqual(budgets.articleJsBytesPerArticleN40);
    });
  }

  test('a PowerShell block is in the page without JavaScript and highlighted with it, Prism downloaded by pages that show code only', async ({
    browser,
    baseURL,
    page,
  }) => {
    const plain = await weighFresh(
      browser,
      baseURL,
      site.url + pageUrl('en', 'current', SEED_PATH),
    );
    const code = await weigh(page, site.url + pageUrl('en', 'current', withCode));
    const onlyWithCode = code.files.filter(
      (f) => f.kind === 'script' && !plain.files.some((p) => p.path === f.path),
    );
    // Prism is the bulk of what the code page adds.
    expect(onlyWithCode.reduce((sum, f) => sum + f.gz, 0)).toBeGreaterThan(20 * 1024);

    // Without JavaScript, the code is in the article, in place.
    const $ = cheerio.load(
      await (await fetch(site.url + pageUrl('en', 'current', withCode))).text(),
    );
    const served = $('article pre').filter((_, el) => $(el).text().includes('Get-MgSubscribedSku'));
    expect(served).toHaveLength(1);
    expect(served.closest('[hidden]')).toHaveLength(0);

    const block = page.locator('pre').filter({hasText: 'Get-MgSubscribedSku'});
    await expect(block).toBeVisible();
    // Highlighted: the cmdlet is a PowerShell function token.
    await expect(block.locator('.token.function', {hasText: 'Get-MgSubscribedSku'})).toBeVisible();
    // The theme's own code block: its copy button came with it.
    await expect(page.getByRole('button', {name: 'Copy code to clipboard'})).toBeVisible();
  });
});
