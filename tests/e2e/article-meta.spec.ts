/**
 * What Microsoft's front matter becomes for readers and search engines: the
 * facts under the title (date in the page's language, in any time zone),
 * the machine-translation notice and the remembered choice to read English
 * originals, robots meta, sitemap, canonical and hreflang, structured data.
 */
import {expect, test, type APIRequestContext, type Page} from '@playwright/test';
import * as cheerio from 'cheerio';
import {LOCALES, VERSIONS, SEED_PATH, pageUrl, type Locale, type Version} from './site';
import {siteUrl} from '../../src/links/siteUrl';
import {axeViolations} from './axe';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

// The address the build was made for (SITE_URL, else the placeholder).
const SITE_URL = siteUrl();
const EN = pageUrl('en', 'current', SEED_PATH);
const TR = pageUrl('tr', 'current', SEED_PATH);
const ORIGINALS_KEY = 'msdocs.machineTranslation.readOriginal';

const ALWAYS_ORIGINALS = 'Makine çevirisi sayfaların her zaman İngilizce orijinalini aç';
const STOP_TR = 'İngilizce orijinalleri açmayı bırak';
const STOP_EN = 'Stop opening English originals';
const READ_TRANSLATION = 'Read the machine translation (Türkçe)';

/** Resolves once React has hydrated the article (effects can run after this). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('article h1');
    return el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
  });
}

/** Fails the test on console errors (hydration mismatches among them). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const machineNotice = (page: Page) => page.locator('[data-translation-notice="machine"]');
const originalNote = (page: Page) => page.locator('[data-translation-notice="original"]');

/** The facts under the title: these terms, in this order, each with its value. */
async function expectFacts(page: Page, expected: Record<string, string>) {
  const facts = page.getByRole('main').locator('dl');
  await expect(facts.getByRole('term')).toHaveText(Object.keys(expected));
  await expect(facts.getByRole('definition')).toHaveText(Object.values(expected));
  return facts;
}

test.describe('facts under the title', () => {
  // One visit of the Turkish article: the facts under its title, then its
  // machine-translation notice, whose link leaves the page.
  test('Turkish: the facts in Turkish; the notice links to the same section in English', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.goto(`${TR}#some-section`);
    await hydrated(page);
    await test.step('date from the hand-off in Turkish, kind, service, audience, contributor', async () => {
      const facts = await expectFacts(page, {
        Güncelleştirme: '6 Ağustos 2021',
        Tür: 'Makale',
        Hizmet: 'Microsoft 365 yönetimi',
        'Hedef kitle': 'Yöneticiler',
        'Katkıda bulunan': 'cmcatee-MSFT',
      });
      await expect(facts.locator('time')).toHaveAttribute('datetime', '2021-08-06');
      await expect(facts.getByRole('link', {name: 'cmcatee-MSFT'})).toHaveAttribute(
        'href',
        'https://github.com/cmcatee-MSFT',
      );
      // Right under the title, before the article's text.
      const inOrder = await page.getByRole('main').evaluate((main) => {
        const [h1, dl, text] = ['h1', 'dl', '.markdown > p'].map((selector) =>
          main.querySelector(selector),
        );
        const before = (a: Element | null, b: Element | null): boolean =>
          a !== null &&
          b !== null &&
          (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return before(h1 ?? null, dl ?? null) && before(dl ?? null, text ?? null);
      });
      expect(inOrder).toBe(true);
      expect(errors).toEqual([]);
    });
    await test.step('the machine-translation notice says so and links to the same section in English', async () => {
      const notice = machineNotice(page);
      await expect(notice).toContainText('Bu sayfa makine tarafından çevrildi');
      const link = notice.getByRole('link', {name: 'İngilizce orijinalini okuyun'});
      await expect(link).toHaveAttribute('href', `${EN}#some-section`);
      await link.click();
      await expect(page).toHaveURL(`${EN}#some-section`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test('English: no date (the source has ms.date "" and no hand-off), the other facts in English; no translation notice', async ({
    page,
  }) => {
    await page.goto(EN);
    await hydrated(page);
    const facts = await expectFacts(page, {
      Type: 'Article',
      Service: 'Microsoft 365 administration',
      Audience: 'Administrators',
      Contributor: 'cmcatee-MSFT',
    });
    await expect(facts.locator('time')).toHaveCount(0);
    await expect(page.locator('[data-translation-notice]')).toHaveCount(0);
  });

  for (const timezoneId of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
    test.describe(`reader in ${timezoneId}`, () => {
      test.use({timezoneId});
      test('the day does not move', async ({page}) => {
        const errors = watchConsole(page);
        await page.goto(pageUrl('tr', '2021-08', SEED_PATH));
        await hydrated(page);
        await expect(page.getByRole('main').locator('time')).toHaveText('6 Ağustos 2021');
        expect(errors).toEqual([]);
      });
    });
  }
});

test.describe('machine translation', () => {
  test('the snapshot keeps its version in the English link', async ({page}) => {
    await page.goto(pageUrl('tr', '2021-08', SEED_PATH));
    await expect(machineNotice(page).getByRole('link')).toHaveAttribute(
      'href',
      pageUrl('en', '2021-08', SEED_PATH),
    );
  });
});

test.describe('the remembered choice to read English originals', () => {
  test('choose, get sent to originals, read a translation anyway, undo', async ({page}) => {
    await page.goto(`${TR}#part`);
    await hydrated(page);
    await machineNotice(page).getByRole('button', {name: ALWAYS_ORIGINALS}).click();

    // Sent to the English original, same section, told why.
    await expect(page).toHaveURL(`${EN}#part`);
    await expect(originalNote(page)).toContainText('You are reading the English original');
    expect(await page.evaluate((k) => localStorage.getItem(k), ORIGINALS_KEY)).toBe('true');

    // Remembered: any machine-translated page opens its original, in its version.
    await page.goto(pageUrl('tr', '2021-08', SEED_PATH));
    await expect(page).toHaveURL(pageUrl('en', '2021-08', SEED_PATH));
    await page.goto(TR);
    await expect(page).toHaveURL(EN);

    // The reader can still read the translation they skipped.
    await originalNote(page).getByRole('link', {name: READ_TRANSLATION}).click();
    await expect(page).toHaveURL(TR);
    await hydrated(page);
    await expect(machineNotice(page)).toContainText('İngilizce orijinallerini açmayı seçtiniz');

    // Undo on the translated page: nothing is sent any more.
    await machineNotice(page).getByRole('button', {name: STOP_TR}).click();
    await expect(machineNotice(page).getByRole('button', {name: ALWAYS_ORIGINALS})).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(k), ORIGINALS_KEY)).toBeNull();
    await page.goto(pageUrl('tr', '2021-08', SEED_PATH));
    await hydrated(page);
    await expect(machineNotice(page)).toBeVisible();
    await expect(page).toHaveURL(pageUrl('tr', '2021-08', SEED_PATH));
  });

  test('undo from the English original', async ({page}) => {
    await page.goto(TR);
    await hydrated(page);
    await machineNotice(page).getByRole('button', {name: ALWAYS_ORIGINALS}).click();
    await expect(page).toHaveURL(EN);
    await originalNote(page).getByRole('button', {name: STOP_EN}).click();
    await expect(originalNote(page)).toContainText(
      'machine-translated pages open in their own language again',
    );
    await page.goto(TR);
    await hydrated(page);
    await expect(machineNotice(page)).toBeVisible();
    await expect(page).toHaveURL(TR);
  });

  test('an English page reached directly says nothing about the choice', async ({page}) => {
    await page.goto('/');
    await page.evaluate((k) => localStorage.setItem(k, 'true'), ORIGINALS_KEY);
    await page.goto(pageUrl('en', '2021-08', SEED_PATH));
    await hydrated(page);
    await expect(originalNote(page)).toHaveCount(0);
  });
});

/** What a search engine reads in a page's head. */
interface Head {
  robots: string[];
  canonical: string[];
  alternates: [string, string][];
  data: Record<string, unknown>[];
}

/** The head as served: the HTML a crawler without JavaScript reads, no browser needed. */
async function servedHead(request: APIRequestContext, url: string): Promise<Head> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const $ = cheerio.load(await response.text());
  const all = (selector: string, attr: string) =>
    $(selector)
      .toArray()
      .map((el) => $(el).attr(attr) ?? '');
  return {
    robots: all('meta[name="robots"]', 'content'),
    canonical: all('link[rel="canonical"]', 'href'),
    alternates: $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((el): [string, string] => [$(el).attr('hreflang') ?? '', $(el).attr('href') ?? '']),
    data: $('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse($(el).text() || '{}') as Record<string, unknown>),
  };
}

/** The head in the browser, after the page has run its JavaScript. */
function hydratedHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const all = (selector: string, attr: string) =>
      Array.from(document.querySelectorAll(selector)).map((el) => el.getAttribute(attr) ?? '');
    return {
      robots: all('meta[name="robots"]', 'content'),
      canonical: all('link[rel="canonical"]', 'href'),
      alternates: Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]')).map(
        (l): [string, string] => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''],
      ),
      data: Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
        (s) => JSON.parse(s.textContent || '{}') as Record<string, unknown>,
      ),
    };
  });
}

const techArticle = (head: Head) => head.data.find((b) => b['@type'] === 'TechArticle');

/**
 * Robots, canonical and hreflang of a copy of the seed; `head` is polled:
 * while React hydrates, the head manager may briefly drop and re-add tags.
 */
async function expectSeedHead(
  head: () => Promise<Head>,
  request: APIRequestContext,
  locale: Locale,
  version: Version,
): Promise<void> {
  // ROBOTS: NOINDEX, NOFOLLOW in every copy of the seed.
  await expect.poll(async () => (await head()).robots).toEqual(['noindex, nofollow']);
  await expect
    .poll(async () => (await head()).canonical)
    .toEqual([SITE_URL + pageUrl(locale, version, SEED_PATH)]);
  const expected: [string, string][] = [
    ['en', SITE_URL + pageUrl('en', version, SEED_PATH)],
    ['tr', SITE_URL + pageUrl('tr', version, SEED_PATH)],
    ['x-default', SITE_URL + pageUrl('en', version, SEED_PATH)],
  ];
  await expect.poll(async () => (await head()).alternates).toEqual(expected);
  for (const [hreflang, href] of expected) {
    const response = await request.get(href.replace(SITE_URL, ''));
    expect(response.status(), href).toBe(200);
    const lang = hreflang === 'x-default' ? 'en' : hreflang;
    expect(await response.text()).toMatch(new RegExp(`<html[^>]* lang="?${lang}"?[ >]`));
  }
}

/** Structured data: a TechArticle, the Turkish one a translation of the English. */
async function expectStructuredData(head: (url: string) => Promise<Head>): Promise<void> {
  await expect
    .poll(async () => techArticle(await head(TR)))
    .toMatchObject({
      headline: 'Lisansları kiracılar arasında aktarma',
      inLanguage: 'tr-TR',
      dateModified: '2021-08-06',
      url: SITE_URL + TR,
      author: [{'@type': 'Person', name: 'cmcatee-MSFT'}],
      translationOfWork: {'@type': 'TechArticle', url: SITE_URL + EN, inLanguage: 'en-US'},
    });
  // The English one: no translation of anything, no date (its source has none).
  await expect
    .poll(async () => {
      const en = techArticle(await head(EN));
      return (
        en && {
          ...en,
          translationOfWork: 'translationOfWork' in en,
          dateModified: 'dateModified' in en,
        }
      );
    })
    .toMatchObject({
      headline: 'Transfer licenses between tenants',
      inLanguage: 'en-US',
      url: SITE_URL + EN,
      translationOfWork: false,
      dateModified: false,
    });
}

test.describe('search engines', () => {
  // What a crawler reads in the HTML as served (read without a browser), and
  // what stays after the page has run its JavaScript.
  test.describe('static HTML', () => {
    for (const locale of LOCALES) {
      for (const version of VERSIONS) {
        test(`${locale} ${version}: robots, canonical, hreflang to pages that exist`, async ({
          request,
        }) => {
          const head = await servedHead(request, pageUrl(locale, version, SEED_PATH));
          await expectSeedHead(() => Promise.resolve(head), request, locale, version);
        });
      }
    }

    test('structured data: a TechArticle, the Turkish one a translation of the English', async ({
      request,
    }) => {
      await expectStructuredData((url) => servedHead(request, url));
    });
  });

  test.describe('after hydration', () => {
    for (const locale of LOCALES) {
      for (const version of VERSIONS) {
        test(`${locale} ${version}: robots, canonical, hreflang to pages that exist`, async ({
          page,
          request,
        }) => {
          await page.goto(pageUrl(locale, version, SEED_PATH));
          await hydrated(page);
          await expectSeedHead(() => hydratedHead(page), request, locale, version);
        });
      }
    }

    test('structured data: a TechArticle, the Turkish one a translation of the English', async ({
      page,
    }) => {
      let at = '';
      await expectStructuredData(async (url) => {
        if (url !== at) {
          await page.goto(url);
          await hydrated(page);
          at = url;
        }
        return hydratedHead(page);
      });
    });
  });

  test('the home page is indexed: no robots meta', async ({page}) => {
    await page.goto('/');
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });

  for (const locale of LOCALES) {
    test(`sitemap (${locale}) leaves out the noindex article in both versions`, async ({
      request,
    }) => {
      const response = await request.get(
        locale === 'en' ? '/sitemap.xml' : `/${locale}/sitemap.xml`,
      );
      expect(response.status()).toBe(200);
      const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs).toContain(`${SITE_URL}${locale === 'en' ? '/' : `/${locale}/`}`);
      for (const version of VERSIONS) {
        expect(locs).not.toContain(SITE_URL + pageUrl(locale as Locale, version, SEED_PATH));
      }
      expect(locs.filter((l) => l?.includes('transfer-licenses'))).toEqual([]);
    });
  }
});

test.describe('accessibility of the header and notices', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({colorScheme});
      test('machine-translated page and the English original note pass axe', async ({page}) => {
        await page.goto(TR);
        await hydrated(page);
        expect(await axeViolations(page, 'main')).toEqual([]);
        await machineNotice(page).getByRole('button', {name: ALWAYS_ORIGINALS}).click();
        await expect(originalNote(page)).toBeVisible();
        expect(await axeViolations(page, 'main')).toEqual([]);
      });
    });
  }
});
