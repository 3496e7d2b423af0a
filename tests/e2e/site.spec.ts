import {expect, test} from '@playwright/test';
import {LOCALES, VERSIONS, SEED_PATH, SEED_TITLE, pageUrl, type Locale} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const SITE_TITLE: Record<Locale, string> = {en: 'Licensing Guidance', tr: 'Lisanslama Rehberi'};
const BANNER: Record<Locale, string> = {
  en: 'no longer actively maintained',
  tr: 'artık güncellenmemektedir',
};
const BODY_TEXT: Record<Locale, RegExp> = {
  en: /Licenses can't be transferred between two organizations/,
  tr: /Lisansları 2 kuruluş \(kiracı\) arasında aktarmak mümkün değildir/,
};

for (const locale of LOCALES) {
  for (const version of VERSIONS) {
    test(`article page renders, with the unmaintained-version banner only when archived: ${locale} ${version}`, async ({
      page,
    }) => {
      const response = await page.goto(pageUrl(locale, version, SEED_PATH));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(`${SEED_TITLE[locale]} | ${SITE_TITLE[locale]}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
      await expect(page.locator('article')).toContainText(BODY_TEXT[locale]);
      // Archived versions say so in the page's language; the current one doesn't.
      const banner = page.locator('.theme-doc-version-banner');
      if (version === 'current') await expect(banner).toHaveCount(0);
      else await expect(banner).toContainText(BANNER[locale]);
    });
  }

  test(`home page lists the article: ${locale}`, async ({page}) => {
    await page.goto(locale === 'en' ? '/' : `/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const link = page.getByRole('main').getByRole('link', {name: SEED_TITLE[locale]});
    await expect(link).toHaveAttribute('href', pageUrl(locale, 'current', SEED_PATH));
  });

  test(`unknown address shows the localized 404 page: ${locale}`, async ({page}) => {
    const response = await page.goto(locale === 'en' ? '/no/such/page' : `/${locale}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      locale === 'en' ? 'Page Not Found' : 'Sayfa Bulunamadı',
    );
  });
}

test.describe('dropdowns keep the reader on the same article', () => {
  for (const version of VERSIONS) {
    test(`locale dropdown, en -> tr -> en (${version})`, async ({page}) => {
      await page.goto(pageUrl('en', version, SEED_PATH));
      await page.getByRole('button', {name: 'English'}).hover();
      await page.getByRole('link', {name: 'Türkçe'}).click();
      await expect(page).toHaveURL(pageUrl('tr', version, SEED_PATH));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE.tr);
      await page.getByRole('button', {name: 'Türkçe'}).hover();
      await page.getByRole('link', {name: 'English'}).click();
      await expect(page).toHaveURL(pageUrl('en', version, SEED_PATH));
    });
  }

  for (const locale of LOCALES) {
    test(`version dropdown, current -> 2021-08 -> current (${locale})`, async ({page}) => {
      const current = locale === 'en' ? 'Current' : 'Güncel';
      await page.goto(pageUrl(locale, 'current', SEED_PATH));
      await page.getByRole('button', {name: current, exact: true}).hover();
      // In the navbar: the article's "link to this version" may be named 2021-08 too.
      const navbar = page.getByRole('navigation', {name: locale === 'en' ? 'Main' : 'Ana menü'});
      await navbar.getByRole('link', {name: '2021-08'}).click();
      await expect(page).toHaveURL(pageUrl(locale, '2021-08', SEED_PATH));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
      await page.getByRole('button', {name: '2021-08'}).hover();
      await page.getByRole('link', {name: current, exact: true}).click();
      await expect(page).toHaveURL(pageUrl(locale, 'current', SEED_PATH));
    });
  }
});
