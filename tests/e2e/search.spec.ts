/**
 * Search, as a reader uses it: the navbar box (shortcut, typing, results with
 * highlighted hits, Enter to open), the results page, on desktop and phone,
 * in each locale and version. Runs against the production build.
 */
import {expect, test, type Page} from '@playwright/test';
import {SEED_PATH, SEED_TITLE, pageUrl, type Locale, type Version} from './site';
import {axeViolations} from './axe';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const LABEL: Record<Locale, string> = {en: 'Search', tr: 'Ara'};
const NO_RESULTS: Record<Locale, string> = {en: 'No results', tr: 'Sonuç bulunamadı'};
const SEE_ALL: Record<Locale, string> = {en: 'See all results', tr: 'Tüm sonuçları gör'};

/** The queries of the issue, each expected to find the seed article. */
const QUERIES: Record<Locale, string[]> = {
  en: ['licenses', 'license', 'Tenants'],
  tr: ['lisans', 'kiracı', 'İPTAL', 'KIRACI', 'Lisansları'],
};

/** The folder of a locale/version's split index. */
function indexFolder(locale: Locale, version: Version): string {
  return `${pageUrl(locale, version, 'search-index')}/`;
}

/** Requests for search index files made by the page (the split index's files, or a whole index). */
function watchIndexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (/\/search-index(\/|\.json$)/.test(pathname)) seen.push(pathname);
  });
  return seen;
}

async function search(page: Page, locale: Locale, query: string): Promise<void> {
  // The shortcut is listened for once React has taken over the page.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', {name: LABEL[locale]});
  await expect(box).toBeFocused();
  await box.fill(query);
}

for (const locale of ['en', 'tr'] as const) {
  for (const version of ['current', '2021-08'] as const) {
    test(`the search box finds the article in its own locale and version: ${locale} ${version}`, async ({
      page,
    }) => {
      const indexes = watchIndexRequests(page);
      await page.goto(pageUrl(locale, version, SEED_PATH));
      await page.waitForLoadState('networkidle');
      expect(indexes, 'no index is loaded before the reader searches').toEqual([]);

      const queries = version === 'current' ? QUERIES[locale] : QUERIES[locale].slice(0, 2);
      for (const query of queries) {
        await search(page, locale, query);
        const hit = page.getByRole('option').filter({hasText: SEED_TITLE[locale]}).first();
        await expect(hit, `"${query}" finds the article`).toBeVisible();
        await expect(page.getByRole('listbox').locator('mark').first()).toBeVisible();
        await page.keyboard.press('Escape');
      }
      expect(indexes.length, 'the split index is fetched').toBeGreaterThan(0);
      expect(
        indexes.filter((file) => !file.startsWith(indexFolder(locale, version))),
        'only the index of the page’s locale and version',
      ).toEqual([]);

      await search(page, locale, queries[0]!);
      await expect(page.getByRole('option').first()).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`^[^?#]*${pageUrl(locale, version, SEED_PATH)}`));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
    });
  }
}

test('a Turkish search shows no English page and an English search no Turkish page', async ({
  page,
}) => {
  await page.goto(pageUrl('tr', 'current', SEED_PATH));
  await search(page, 'tr', 'licenses');
  await expect(page.getByText(NO_RESULTS.tr)).toBeVisible();
  await search(page, 'tr', 'Transfer');
  await expect(page.getByText(NO_RESULTS.tr)).toBeVisible();

  await page.goto(pageUrl('en', 'current', SEED_PATH));
  await search(page, 'en', 'kiracılar');
  await expect(page.getByText(NO_RESULTS.en)).toBeVisible();
  await search(page, 'en', 'Lisansları');
  await expect(page.getByText(NO_RESULTS.en)).toBeVisible();
});

test('text typed while the search box is still loading is kept', async ({page}) => {
  await page.goto(pageUrl('tr', 'current', SEED_PATH));
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.getByRole('searchbox', {name: LABEL.tr}).click();
  await page.keyboard.type('kiracı');
  await expect(page.getByRole('combobox', {name: LABEL.tr})).toHaveValue('kiracı');
  await expect(page.getByRole('option').filter({hasText: SEED_TITLE.tr}).first()).toBeVisible();
});

test('tabbing past the search box while it loads keeps the reader’s place', async ({page}) => {
  await page.goto(pageUrl('en', 'current', SEED_PATH));
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // The search box's code arrives only when let through: the reader is quicker.
  let letThrough = (): void => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route('**/assets/js/*.js', async (route) => {
    await held;
    await route.continue();
  });
  const box = page.getByRole('searchbox', {name: LABEL.en});
  await box.focus();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.outerHTML);
  letThrough();
  // The library's box has taken the placeholder's place...
  await expect(box).toHaveCount(0);
  await expect(page.locator('input.navbar__search-input')).toBeVisible();
  // ...and the reader is where they tabbed to.
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(next);
  await expect(page.locator('input.navbar__search-input')).not.toBeFocused();
});

test('tabbing past the search box while its index loads keeps the reader’s place; the shortcut still works', async ({
  page,
}) => {
  await page.goto(pageUrl('en', 'current', SEED_PATH));
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // The index arrives only when let through: the reader is quicker.
  let letThrough = (): void => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route(/\/search-index(\/|\.json$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('searchbox', {name: LABEL.en}).focus();
  const box = page.locator('input.navbar__search-input');
  await expect(page.getByRole('searchbox', {name: LABEL.en})).toHaveCount(0);
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.outerHTML);
  const loaded = page.waitForResponse(/\/search-index(\/|\.json$)/);
  letThrough();
  await loaded;
  // What the library does once its index is in has had its turn.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(next);
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
});

test('the results page lists highlighted hits in the reader’s language', async ({page}) => {
  await page.goto(pageUrl('tr', 'current', SEED_PATH));
  await search(page, 'tr', 'kiracı');
  const seeAll = page.getByRole('option', {name: SEE_ALL.tr});
  // The address a reader copies or opens in a new tab: no trailing slash.
  await expect(seeAll).toHaveAttribute('href', /^\/tr\/search\?q=/);
  await seeAll.click();
  await expect(page).toHaveURL(/\/tr\/search\?q=kirac%C4%B1$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('"kiracı" için arama sonuçları');
  await expect(page.getByText(/\d+ belge bulundu/)).toBeVisible();
  const first = page.getByRole('article').getByRole('link', {name: SEED_TITLE.tr}).first();
  await expect(first).toBeVisible();
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
  await expect(page.getByRole('searchbox', {name: 'Makalelerde ara'})).toHaveValue('kiracı');
});

test('a results address with a trailing slash shows the results under the address without it', async ({
  page,
}) => {
  await page.goto('/tr/search/?q=kirac%C4%B1');
  await expect(page).toHaveURL(/\/tr\/search\?q=kirac%C4%B1$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('"kiracı" için arama sonuçları');
  await expect(
    page.getByRole('article').getByRole('link', {name: SEED_TITLE.tr}).first(),
  ).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`search box and results page pass axe (${theme})`, async ({page}) => {
    await page.emulateMedia({colorScheme: theme});
    await page.goto(pageUrl('tr', 'current', SEED_PATH));
    await search(page, 'tr', 'kiracı');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await axeViolations(page, '.navbar')).toEqual([]);

    await page.goto('/tr/search?q=kiracı');
    await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true});

  test('search from the navbar, then the results page, fit the screen', async ({page}) => {
    await page.goto(pageUrl('tr', 'current', SEED_PATH));
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await page.getByRole('searchbox', {name: LABEL.tr}).tap();
    await page.keyboard.type('lisans');
    const hit = page.getByRole('option').filter({hasText: SEED_TITLE.tr}).first();
    await expect(hit).toBeVisible();
    const box = await page.getByRole('listbox').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await hit.tap();
    await expect(page).toHaveURL(new RegExp(`^[^?#]*${pageUrl('tr', 'current', SEED_PATH)}`));

    await page.goto('/tr/search?q=kiracılar');
    await expect(
      page.getByRole('article').getByRole('link', {name: SEED_TITLE.tr}).first(),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  });
});
