/**
 * FAQ and landing pages (`.yml`, src/msdocs/yaml) and redirections
 * (src/plugins/redirects, scripts/serve.mjs) as a reader meets them, on the
 * fixture docset (tests/fixtures/site: faq.yml, index.yml and
 * imported/redirections.*.json). Runs in the temporary site:
 * npm run check:corpus -- --e2e
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import {derivedShortId} from '../../src/links/shortId';
import {siteUrl} from '../../src/links/siteUrl';

const FIXTURES = '/microsoft-365/fixtures';
const BUILD = path.resolve(__dirname, '..', '..', 'build');

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** Question and section ids of a FAQ page, in page order. */
async function headingIds(page: Page): Promise<string[]> {
  return page.locator('article :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
}

test('FAQ: each question has the same #id in both languages, and a copy-link', async ({page}) => {
  await page.goto(`${FIXTURES}/faq`);
  const english = await headingIds(page);
  expect(english).toContain('who-can-buy-licenses');
  await page.goto(`/tr${FIXTURES}/faq#who-can-buy-licenses`);
  await hydrated(page);
  expect(await headingIds(page)).toEqual(english);
  const question = page.getByRole('heading', {name: 'Lisansları kimler satın alabilir?'});
  await expect(question).toHaveAttribute('id', 'who-can-buy-licenses');
  await expect(question).toBeInViewport();
  await expect(question.getByRole('button', {name: 'Bağlantıyı kopyala'})).toBeVisible();
  // Answers went through the compatibility layer: alerts, tables, links.
  await expect(page.locator('article [data-callout="note"]').first()).toBeVisible();
  await expect(page.locator('article table')).toHaveCount(1);
  await expect(page.locator('article')).not.toContainText('[!');
});

test('FAQ: FAQPage JSON-LD lists every question with its answer', async ({page}) => {
  for (const prefix of ['', '/tr']) {
    await page.goto(`${prefix}${FIXTURES}/faq`);
    await hydrated(page);
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((ss) =>
        ss.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
      );
    const faq = blocks.find((b) => b['@type'] === 'FAQPage');
    expect(faq?.['@context']).toBe('https://schema.org');
    const questions = faq?.mainEntity as {
      '@type': string;
      name: string;
      acceptedAnswer: {'@type': string; text: string};
    }[];
    const shown = await page.locator('article h3[id]').allTextContents();
    expect(questions.map((q) => q.name)).toEqual(shown.map((t) => t.replace(/\u200b/g, '').trim()));
    for (const q of questions) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer['@type']).toBe('Answer');
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(10);
    }
  }
});

test('landing: cards and link lists in the reader language, links to the pages', async ({page}) => {
  await page.goto(`/tr${FIXTURES}`);
  await hydrated(page);
  const landing = page.locator('.msdocs-landing');
  await expect(landing).toBeVisible();
  await expect(landing.getByRole('heading', {level: 2})).toHaveText([
    'Lisanslarla ilgili soruları yanıtlayın',
    'Daha fazla bilgi',
  ]);
  await expect(landing.getByRole('heading', {name: 'Genel bakış'})).toBeVisible();
  await landing.getByRole('link', {name: 'Lisansları kimler satın alabilir'}).click();
  await expect(page).toHaveURL(new RegExp(`/tr${FIXTURES}/faq#who-can-buy-licenses$`));
  await expect(
    page.getByRole('heading', {name: 'Lisansları kimler satın alabilir?'}),
  ).toBeVisible();

  await page.goto(FIXTURES);
  await expect(page.locator('.msdocs-landing').getByRole('heading', {level: 2}).first()).toHaveText(
    'Answer questions about licenses',
  );
  await expect(
    page.locator('.msdocs-landing').getByRole('heading', {name: 'Overview'}),
  ).toBeVisible();
});

test('FAQ and landing: axe WCAG 2.1 AA in light, dark and on a phone; screenshots', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  for (const url of [`${FIXTURES}/faq`, `/tr${FIXTURES}/faq`, FIXTURES, `/tr${FIXTURES}`]) {
    for (const [look, colorScheme, width] of [
      ['light', 'light', 1280],
      ['dark', 'dark', 1280],
      ['phone', 'light', 390],
    ] as const) {
      await page.setViewportSize({width, height: 900});
      await page.emulateMedia({colorScheme});
      await page.goto(url);
      await hydrated(page);
      const {violations} = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(violations.map((v) => `${url} ${look}: ${v.id}`)).toEqual([]);
      const name = `${url.replace(/[^a-z0-9]+/gi, '_')}-${look}.png`;
      await page.screenshot({path: testInfo.outputPath(name), fullPage: true});
    }
  }
});

test('redirect page: works without JavaScript, canonical to the target', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  // The static file itself (the host's 301 answers the address without .html).
  await page.goto(`${FIXTURES}/older-alerts.html`);
  await expect(page).toHaveURL(new RegExp(`${FIXTURES}/alerts$`));
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Alerts fixture');
  await context.close();

  const html = fs.readFileSync(path.join(BUILD, `tr${FIXTURES}/older-alerts.html`), 'utf8');
  const $ = cheerio.load(html);
  expect($('link[rel=canonical]').attr('href')).toBe(`${siteUrl()}/tr${FIXTURES}/alerts`);
  expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=/tr${FIXTURES}/alerts`);
  expect($('html').attr('lang')).toBe('tr');
});

test('redirect page with JavaScript keeps the #section of a copied link', async ({page}) => {
  await page.goto(`${FIXTURES}/old-alerts.html#alerts-fixture`);
  await expect(page).toHaveURL(new RegExp(`${FIXTURES}/alerts#alerts-fixture$`));
});

test('npm run serve answers old addresses with a real 301 (both languages, versions, short links)', async ({
  request,
}) => {
  const location = async (url: string) => {
    const response = await request.get(url, {maxRedirects: 0});
    expect(response.status(), url).toBe(301);
    return response.headers().location;
  };
  // A chain resolved to its end; the English entry wins over the Turkish one.
  expect(await location(`${FIXTURES}/older-alerts`)).toBe(`${FIXTURES}/alerts`);
  expect(await location(`/tr${FIXTURES}/old-alerts`)).toBe(`/tr${FIXTURES}/alerts`);
  // An entry of the Turkish file applies in English too.
  expect(await location(`${FIXTURES}/alert-forms`)).toBe(`${FIXTURES}/alerts`);
  // A version without the page: the current one.
  expect(await location(`/2021-08${FIXTURES}/old-alerts`)).toBe(`${FIXTURES}/alerts`);
  // Target with a question's anchor; query strings kept.
  expect(await location(`${FIXTURES}/license-questions?x=1`)).toBe(
    `${FIXTURES}/faq?x=1#who-can-buy-licenses`,
  );
  expect(await location(`${FIXTURES}/old-alerts?x=1`)).toBe(`${FIXTURES}/alerts?x=1`);
  // Outside the site: Learn, in the reader's language.
  expect(await location(`/tr${FIXTURES}/moved-away`)).toBe(
    'https://learn.microsoft.com/tr-tr/microsoftteams/teams-overview',
  );
  // The short link of the old path still opens the article.
  expect(await location(`/go/${derivedShortId('microsoft-365/fixtures/old-alerts')}`)).toBe(
    `${FIXTURES}/alerts`,
  );
  // Existing short links are host rules too.
  const rules = fs.readFileSync(path.join(BUILD, '_redirects'), 'utf8');
  expect(rules).toMatch(/^\/tr\/go\/\S+ \/tr\/microsoft-365\/\S+ 301$/m);
});
