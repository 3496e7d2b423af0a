import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {expect, test} from '@playwright/test';
import {siteUrl} from '../../src/links/siteUrl';
import {LOCALES, VERSIONS, SEED_PATH, SEED_TITLE, pageUrl} from './site';
import {expectNoAxeViolations} from './axe';
import {sharedScratchSite, type SharedScratchSite} from './scratch-build';
import {HUMAN_PATH, TRANSLATION_DATE, TRANSLATION_PATH} from './scratch-scenarios';

// The status notices; the machine-translation notice ("machine") and the
// human-translation line ("human") of the article header are not about staleness.
const NOTICE = '[data-translation-notice="outdated"], [data-translation-notice="missing"]';

test.describe('translation status on this site', () => {
  for (const locale of LOCALES) {
    for (const version of VERSIONS) {
      test(`the seed article shows no translation notice: ${locale} ${version}`, async ({page}) => {
        await page.goto(pageUrl(locale, version, SEED_PATH));
        await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
        await expect(page.locator(NOTICE)).toHaveCount(0);
      });
    }
  }
});

// The shared scratch copy (scratch-scenarios.ts) has a copy of the seed
// article at TRANSLATION_PATH whose English gained a sentence and a section
// after its Turkish translation was recorded, and whose 2021-08 snapshot has
// no Turkish translation: the real site's build shows neither case.
test.describe('translation notices after the English source changes', () => {
  test.describe.configure({mode: 'serial'});
  let site: SharedScratchSite;

  test.beforeAll(async () => {
    site = await sharedScratchSite();
  });
  test.afterAll(async () => site?.close());

  test('the Turkish page says it may be out of date, since when, and links to the English original', async ({
    page,
  }) => {
    await page.goto(site.url + pageUrl('tr', 'current', TRANSLATION_PATH));
    const notice = page.getByRole('note').filter({hasText: 'Bu çeviri güncel olmayabilir'});
    await expect(notice).toHaveAttribute('data-translation-notice', 'outdated');
    // The recorded translation date, written the Turkish way.
    await expect(notice).toContainText(
      'çevirinin yapıldığı 6 Ağustos 2021 tarihinden bu yana değişti',
    );
    await expect(notice.locator('time')).toHaveAttribute('datetime', TRANSLATION_DATE);
    // The Turkish text itself is still shown.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE.tr);

    const link = notice.getByRole('link', {name: 'İngilizce asıl metni okuyun'});
    await expect(link).toHaveAttribute('hreflang', 'en');
    await link.click();
    await expect(page).toHaveURL(site.url + pageUrl('en', 'current', TRANSLATION_PATH));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toContainText(
      'A sentence added after the translation was made.',
    );
    // English is the source: never a translation notice.
    await expect(page.locator(NOTICE)).toHaveCount(0);
  });

  test('a Turkish address without a Turkish file says the article is not translated yet', async ({
    page,
  }) => {
    await page.goto(site.url + pageUrl('tr', '2021-08', TRANSLATION_PATH));
    const notice = page.getByRole('note').filter({hasText: 'Bu makale henüz Türkçeye çevrilmedi'});
    await expect(notice).toHaveAttribute('data-translation-notice', 'missing');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE.en);
    // The unmaintained-version banner is still there, above it.
    await expect(page.locator('.theme-doc-version-banner')).toContainText(
      'artık güncellenmemektedir',
    );
  });

  test('English beside the outdated page marks the sections English changed since', async ({
    page,
  }) => {
    await page.goto(site.url + pageUrl('tr', 'current', TRANSLATION_PATH));
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await page.getByRole('button', {name: 'Her bölümün yanında İngilizcesini göster'}).click();
    // The last section gained a sentence and a new section followed it: both say so.
    const changed = page.locator('[data-side-by-side-section="move-your-data"]');
    await expect(changed).toHaveAttribute('data-changed', 'true');
    await expect(changed.locator('[data-changed-section="move-your-data"]')).toHaveText(
      'Çeviriden sonra İngilizcesi değişti',
    );
    await expect(changed.locator('[data-changed-section="added-later"]')).toHaveText(
      'Çeviriden sonra İngilizcesi değişti',
    );
    await expect(changed).toContainText('A section the translation does not have.');
    // Sections English left alone carry no mark.
    await expect(page.locator('[data-side-by-side-section="choose-what-to-do"]')).toBeVisible();
    await expect(page.locator('[data-side-by-side-section][data-changed]')).toHaveCount(1);
  });

  test('both notices pass axe in light and dark mode', async ({page}) => {
    for (const version of VERSIONS) {
      await page.goto(site.url + pageUrl('tr', version, TRANSLATION_PATH));
      await expect(page.locator(NOTICE)).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });

  // The front matter hook's part, read from the built HTML (no JavaScript).
  const built = (urlPath: string) =>
    cheerio.load(fs.readFileSync(path.join(site.dir, 'build', `${urlPath}.html`), 'utf8'));

  test('a human translation: a quiet line, no machine-translation notice', () => {
    const $ = built(pageUrl('tr', 'current', HUMAN_PATH));
    const line = $('[data-translation-notice="human"]');
    // The quiet line, and the English original one link away (also without JavaScript).
    expect(line.text()).toBe('Bu sayfayı bir çevirmen çevirdi. İngilizce orijinal');
    expect(line.find('a').attr('href')).toMatch(new RegExp(`/${HUMAN_PATH}$`));
    expect($('[data-translation-notice="machine"]')).toHaveLength(0);
    expect($('time').attr('datetime')).toBe('2021-08-06');
  });

  test('no translation: the English text, canonical to the English page, no translation claims', () => {
    const $ = built(pageUrl('tr', '2021-08', TRANSLATION_PATH));
    expect($('h1').first().text()).toBe(SEED_TITLE.en);
    expect($('link[rel=canonical]').attr('href')).toBe(
      `${siteUrl()}${pageUrl('en', '2021-08', TRANSLATION_PATH)}`,
    );
    expect(
      $('[data-translation-notice="machine"], [data-translation-notice="human"]'),
    ).toHaveLength(0);
    const data = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()) as Record<string, unknown>)
      .find((d) => d['@type'] === 'TechArticle');
    expect(data).toMatchObject({inLanguage: 'en-US'});
    expect(data).not.toHaveProperty('translationOfWork');
    // The facts are the page's interface: in Turkish.
    expect($('main dl dt').first().text()).toBe('Tür');
  });
});
