/**
 * Links support agents paste into tickets: copy-link buttons, short links,
 * "link to this version", language/version switches that keep the place,
 * Microsoft-style addresses and links to selected text. Both languages,
 * against the production build; the clipboard is read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Locator, type Page} from '@playwright/test';
import * as cheerio from 'cheerio';
import {derivedShortId} from '../../src/links/shortId';
import {siteUrl} from '../../src/links/siteUrl';
import {axeViolations} from './axe';
import {BUILD_DIR, fileForPath, isRedirectPage} from './built-site';
import {LOCALES, SEED_PATH, SEED_TITLE, VERSIONS, pageUrl, type Locale, type Version} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const UI = {
  en: {
    copy: 'Copy link',
    copied: 'Link copied',
    copyShort: 'Copy short link',
    copyVersion: 'Copy link to this version',
    selection: 'Copy link to selected text',
    field: 'Link to copy',
    blocked: /Copying was blocked\. The link is selected: press (Ctrl\+C|⌘C) to copy it\./,
    notArchived: 'not archived yet; the text may change',
    language: 'English',
    menuLanguages: 'Languages',
    current: 'Current',
  },
  tr: {
    copy: 'Bağlantıyı kopyala',
    copied: 'Bağlantı kopyalandı',
    copyShort: 'Kısa bağlantıyı kopyala',
    copyVersion: 'Bu sürümün bağlantısını kopyala',
    selection: 'Seçili metnin bağlantısını kopyala',
    field: 'Kopyalanacak bağlantı',
    blocked:
      /Kopyalama engellendi\. Bağlantı seçili: kopyalamak için (Ctrl\+C|⌘C) tuşlarına basın\./,
    notArchived: 'henüz arşivlenmedi; metin değişebilir',
    language: 'Türkçe',
    menuLanguages: 'Diller',
    current: 'Güncel',
  },
} as const;

const SUPPORT_ID = 'transfer-licenses';
const SECTION_SELECTOR = '.theme-doc-markdown :is(h2, h3, h4, h5, h6)[id]';
const localePrefix = (locale: Locale): string => (locale === 'en' ? '' : `/${locale}`);

/** Opens a page and waits until React has taken it over (Docusaurus marks it). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/**
 * Click as a mouse does, at the element's place on screen, once it has
 * stopped moving. Locator.click() first scrolls the element into view, and
 * for an item of the sticky navbar's dropdown caught while it slides open
 * Chromium scrolls the page to where the item would sit without the sticky
 * positioning: the reader's place would move before it is read.
 */
async function clickWhereItIs(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  await target.evaluate((el) =>
    Promise.all(
      (el.closest('.dropdown') ?? el).getAnimations({subtree: true}).map((a) => a.finished),
    ),
  );
  const box = await target.boundingBox();
  expect(box, 'the element has a place on screen').not.toBeNull();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
}

/** The copy buttons' live region (the page may have other status regions). */
const announcer = (page: Page) => page.getByRole('status').and(page.locator('#link-announcer'));

/** The absolute link to `#id` on a page, as a browser writes it (non-ASCII ids percent-encoded). */
const linkTo = (baseURL: string | undefined, url: string, id: string | undefined): string =>
  new URL(`${url}#${id ?? ''}`, baseURL).href;

/** The site's navigation bar (the article's own links may share names with its items). */
const navbar = (page: Page, locale: Locale) =>
  page.getByRole('navigation', {name: locale === 'en' ? 'Main' : 'Ana menü'});

const clipboard = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());

async function sectionIds(page: Page): Promise<string[]> {
  return page.locator(SECTION_SELECTOR).evaluateAll((els) => els.map((e) => e.id));
}

/**
 * Section ids of the seed's current version (English), read from the built
 * page: the ids a reader's link names, without a browser visit of its own.
 */
function seedSections(): string[] {
  const file = fileForPath(pageUrl('en', 'current', SEED_PATH));
  expect(file, 'the seed article is built').toBeDefined();
  const $ = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file!), 'utf8'));
  const ids = $(SECTION_SELECTOR)
    .map((_, el) => $(el).attr('id') ?? '')
    .get();
  expect(ids.length, 'the seed article has sections').toBeGreaterThan(0);
  return ids;
}

test.use({permissions: ['clipboard-read', 'clipboard-write']});

test.describe('copy link on every section', () => {
  for (const locale of LOCALES) {
    // One visit for the copy buttons of the page: sections by mouse, the
    // decision table's rows, then the keyboard (each copy replaces the last,
    // so every step reads back its own address).
    test(`each section's and row's button copies its absolute address, by mouse and keyboard: ${locale}`, async ({
      page,
      baseURL,
    }) => {
      const url = pageUrl(locale, 'current', SEED_PATH);
      await open(page, url);
      const ids = await sectionIds(page);
      expect(ids.length).toBeGreaterThan(0);

      await test.step("each section's button copies its absolute address", async () => {
        for (const id of ids) {
          const section = page.locator(`[id="${id}"]`);
          await section.getByRole('button', {name: UI[locale].copy, exact: true}).click();
          await expect(announcer(page)).toHaveText(UI[locale].copied);
          await expect.poll(() => clipboard(page)).toBe(linkTo(baseURL, url, id));
        }
      });

      await test.step("each decision-table row's button copies the row's address", async () => {
        const rows = page
          .getByRole('table')
          .getByRole('row')
          .filter({has: page.getByRole('button', {name: UI[locale].copy, exact: true})});
        const rowIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.id));
        expect(rowIds.length, 'the seed article has a decision table').toBeGreaterThan(0);
        for (const id of rowIds) {
          await page
            .locator(`tr[id="${id}"]`)
            .getByRole('button', {name: UI[locale].copy, exact: true})
            .click();
          await expect.poll(() => clipboard(page)).toBe(`${baseURL}${url}#${id}`);
        }
      });

      await test.step('works by keyboard, Enter and Space', async () => {
        const [first, second] = ids;
        const heading = page.locator(`[id="${first}"]`);
        // From the theme's "#" link, Tab reaches the copy button next.
        await heading.locator('a.hash-link').focus();
        await page.keyboard.press('Tab');
        const button = heading.getByRole('button', {name: UI[locale].copy, exact: true});
        await expect(button).toBeFocused();
        await page.keyboard.press('Enter');
        await expect.poll(() => clipboard(page)).toBe(linkTo(baseURL, url, first));
        if (second) {
          const next = page
            .locator(`[id="${second}"]`)
            .getByRole('button', {name: UI[locale].copy, exact: true});
          await next.focus();
          await page.keyboard.press('Space');
          await expect.poll(() => clipboard(page)).toBe(linkTo(baseURL, url, second));
        }
      });

      // "Link to this version" on the current version (the archived one: below).
      await test.step('the current version links to a snapshot only when the text is the same', async () => {
        const same =
          fs.readFileSync(sourceFile(locale, 'current'), 'utf8') ===
          fs.readFileSync(sourceFile(locale, '2021-08'), 'utf8');
        if (same) {
          await expect(page.locator('a[data-version-link]')).toHaveAttribute(
            'href',
            pageUrl(locale, '2021-08', SEED_PATH),
          );
        } else {
          await expect(page.locator('a[data-version-link]')).toHaveCount(0);
          await expect(page.getByText(UI[locale].notArchived)).toBeVisible();
        }
      });
    });

    test(`still copies when the Clipboard API is refused: ${locale}`, async ({page, baseURL}) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('Refused by policy', 'NotAllowedError'));
      });
      const url = pageUrl(locale, 'current', SEED_PATH);
      await open(page, url);
      const [id] = await sectionIds(page);
      await page
        .locator(`[id="${id}"]`)
        .getByRole('button', {name: UI[locale].copy, exact: true})
        .click();
      await expect(announcer(page)).toHaveText(UI[locale].copied);
      await expect.poll(() => clipboard(page)).toBe(linkTo(baseURL, url, id));
    });

    test(`shows the link selected, with the shortcut, when every way to copy is refused: ${locale}`, async ({
      page,
      baseURL,
    }) => {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('Refused by policy', 'NotAllowedError'));
        document.execCommand = () => false;
      });
      const url = pageUrl(locale, 'current', SEED_PATH);
      await open(page, url);
      const [id] = await sectionIds(page);
      const button = page
        .locator(`[id="${id}"]`)
        .getByRole('button', {name: UI[locale].copy, exact: true});
      await button.click();
      const field = page.getByRole('textbox', {name: UI[locale].field});
      await expect(field).toHaveValue(linkTo(baseURL, url, id));
      await expect(field).toBeFocused();
      expect(
        await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
      ).toEqual([0, linkTo(baseURL, url, id).length]);
      await expect(announcer(page)).toHaveText(UI[locale].blocked);
      await expect(page.getByText(UI[locale].blocked).first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(field).toHaveCount(0);
      await expect(button).toBeFocused();
    });
  }
});

test.describe('short links', () => {
  for (const locale of LOCALES) {
    test(`the article shows its short link, which copies and opens it at a section: ${locale}`, async ({
      page,
      baseURL,
    }) => {
      const [id] = seedSections();
      await open(page, pageUrl(locale, 'current', SEED_PATH));
      const short = `${localePrefix(locale)}/go/${SUPPORT_ID}`;
      const link = page.locator('a[data-short-link]');
      await expect(link).toHaveAttribute('href', short);
      await expect(link).toHaveText(short);
      await page.getByRole('button', {name: UI[locale].copyShort}).click();
      await expect.poll(() => clipboard(page)).toBe(`${baseURL}${short}`);

      await page.goto(`${short}#${id}`);
      await expect(page).toHaveURL(`${pageUrl(locale, 'current', SEED_PATH)}#${id}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    // One visit of the archived page: its own permanent link, then its short link.
    test(`an archived version links to itself for good; its short link opens the latest: ${locale}`, async ({
      page,
      baseURL,
    }) => {
      const url = pageUrl(locale, '2021-08', SEED_PATH);
      await open(page, url);
      await test.step('an archived version links to itself, for good', async () => {
        const link = page.locator('a[data-version-link]');
        await expect(link).toHaveAttribute('href', url);
        await expect(link).toHaveText('2021-08');
        await page.getByRole('button', {name: UI[locale].copyVersion}).click();
        await expect.poll(() => clipboard(page)).toBe(`${baseURL}${url}`);
      });
      await test.step('a short link seen on an old version opens the latest', async () => {
        await page.locator('a[data-short-link]').click();
        await expect(page).toHaveURL(pageUrl(locale, 'current', SEED_PATH));
      });
    });

    test(`the generated id works too, and any letter case: ${locale}`, async ({page}) => {
      await page.goto(`${localePrefix(locale)}/go/${derivedShortId(SEED_PATH)}`);
      await expect(page).toHaveURL(pageUrl(locale, 'current', SEED_PATH));
      await page.goto(
        `${localePrefix(locale).toUpperCase()}/GO/${SUPPORT_ID.toUpperCase()}?ref=ticket#x`,
      );
      await expect(page).toHaveURL(`${pageUrl(locale, 'current', SEED_PATH)}?ref=ticket#x`);
    });
  }

  test('on paper the short link is printed in full', async ({page}) => {
    await open(page, pageUrl('tr', 'current', SEED_PATH));
    await page.emulateMedia({media: 'print'});
    const printed = await page
      .locator('a[data-short-link]')
      .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toBe(`"${siteUrl()}/tr/go/${SUPPORT_ID}"`);
    await expect(page.getByRole('button', {name: UI.tr.copyShort})).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});
    for (const locale of LOCALES) {
      test(`a short link is a static page: meta refresh, canonical, noindex: ${locale}`, async ({
        page,
        request,
      }) => {
        const short = `${localePrefix(locale)}/go/${SUPPORT_ID}`;
        // A host that applies build/_redirects answers with a 301; one that
        // only serves files has the static page (`.html`, as written).
        expect((await request.get(short, {maxRedirects: 0})).status()).toBe(301);
        const response = await request.get(`${short}.html`);
        expect(response.status()).toBe(200);
        const $ = cheerio.load(await response.text());
        const target = pageUrl(locale, 'current', SEED_PATH);
        expect($('html').attr('lang')).toBe(locale);
        expect($('link[rel=canonical]').attr('href')).toBe(`${siteUrl()}${target}`);
        expect($('meta[name=robots]').attr('content')).toBe('noindex');
        expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${target}`);
        await page.goto(short);
        await expect(page).toHaveURL(target);
        await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
      });
    }
  });
});

function sourceFile(locale: Locale, version: Version): string {
  const rel = `${SEED_PATH}.md`;
  const root =
    locale === 'en'
      ? version === 'current'
        ? 'docs'
        : `versioned_docs/version-${version}`
      : `i18n/${locale}/docusaurus-plugin-content-docs/${version === 'current' ? 'current' : `version-${version}`}`;
  return path.join(root, rel);
}

test.describe('language and version switches keep the place', () => {
  const other = (locale: Locale): Locale => (locale === 'en' ? 'tr' : 'en');

  for (const version of VERSIONS) {
    test(`the language dropdown keeps path, version and #section, both ways (${version})`, async ({
      page,
    }) => {
      const [id] = seedSections();
      for (const locale of ['en', 'tr'] as const) {
        await open(page, `${pageUrl(locale, version, SEED_PATH)}#${id}`);
        await page.getByRole('button', {name: UI[locale].language}).hover();
        await clickWhereItIs(page, page.getByRole('link', {name: UI[other(locale)].language}));
        await expect(page).toHaveURL(`${pageUrl(other(locale), version, SEED_PATH)}#${id}`);
      }
    });
  }

  for (const locale of LOCALES) {
    test(`the version dropdown keeps path, language and #section, both ways (${locale})`, async ({
      page,
    }) => {
      const [id] = seedSections();
      await open(page, `${pageUrl(locale, 'current', SEED_PATH)}#${id}`);
      await page.getByRole('button', {name: UI[locale].current, exact: true}).hover();
      await clickWhereItIs(page, navbar(page, locale).getByRole('link', {name: '2021-08'}));
      await expect(page).toHaveURL(`${pageUrl(locale, '2021-08', SEED_PATH)}#${id}`);
      await page.getByRole('button', {name: '2021-08'}).hover();
      await clickWhereItIs(page, page.getByRole('link', {name: UI[locale].current, exact: true}));
      await expect(page).toHaveURL(`${pageUrl(locale, 'current', SEED_PATH)}#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }

  test('without # in the address, the section scrolled to is the place', async ({page}) => {
    const ids = seedSections();
    const id = ids[ids.length - 1]!;
    await open(page, pageUrl('en', 'current', SEED_PATH));
    await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView());
    await page.getByRole('button', {name: UI.en.language}).hover();
    await clickWhereItIs(page, page.getByRole('link', {name: UI.tr.language}));
    await expect(page).toHaveURL(`${pageUrl('tr', 'current', SEED_PATH)}#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('a #section set by a script (History API) is kept', async ({page}) => {
    const ids = seedSections();
    const id = ids[ids.length - 1]!;
    await open(page, pageUrl('tr', 'current', SEED_PATH));
    await page.locator(`[id="${id}"]`).evaluate((el) => {
      el.scrollIntoView();
      window.history.replaceState(window.history.state, '', `#${el.id}`);
    });
    await page.getByRole('button', {name: UI.tr.current, exact: true}).hover();
    await clickWhereItIs(page, navbar(page, 'tr').getByRole('link', {name: '2021-08'}));
    await expect(page).toHaveURL(`${pageUrl('tr', '2021-08', SEED_PATH)}#${id}`);
  });

  for (const locale of LOCALES) {
    test(`the row chosen in the decision table is kept across a language switch: ${locale}`, async ({
      page,
    }) => {
      await open(page, pageUrl(locale, 'current', SEED_PATH));
      const chooser = page
        .getByRole('radiogroup')
        .or(page.getByRole('group').filter({has: page.getByRole('radio')}))
        .first();
      await chooser.getByRole('radio').last().check();
      const rowId = new URL(page.url()).hash.slice(1);
      expect(rowId).not.toBe('');
      // The switch keeps the place the reader sees (src/links/place.ts): wait
      // for the chosen row to be scrolled into view, as the reader would (on a
      // loaded machine the scroll can still be running).
      await expect(page.locator(`tr[id="${rowId}"]`)).toBeInViewport();
      await page.getByRole('button', {name: UI[locale].language}).hover();
      await clickWhereItIs(page, page.getByRole('link', {name: UI[other(locale)].language}));
      await expect(page).toHaveURL(`${pageUrl(other(locale), 'current', SEED_PATH)}#${rowId}`);
      await expect(page.locator(`tr[id="${rowId}"]`)).toBeInViewport();
    });
  }

  test.describe('on a phone', () => {
    test.use({viewport: {width: 390, height: 844}});
    test("the menu's language list keeps the #section", async ({page}) => {
      const [id] = seedSections();
      await open(page, `${pageUrl('tr', 'current', SEED_PATH)}#${id}`);
      await page.getByRole('button', {name: 'Gezinme çubuğunu aç/kapat'}).click();
      // On a doc page the menu opens on the article list; the main menu is one step back.
      await page.getByRole('button', {name: '← Ana menüye dön'}).click();
      await page.getByRole('button', {name: UI.tr.menuLanguages}).click();
      await page.getByRole('link', {name: UI.en.language}).click();
      await expect(page).toHaveURL(`${pageUrl('en', 'current', SEED_PATH)}#${id}`);
    });
  });
});

test('every static redirect page leads to a built page in its language', () => {
  const redirects = fs
    .readdirSync(BUILD_DIR, {recursive: true, encoding: 'utf8'})
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && isRedirectPage(f));
  // Short links and Microsoft-style addresses, in both languages.
  for (const prefix of ['go/', 'tr/go/', 'en-us/', 'tr-tr/']) {
    expect(
      redirects.some((f) => f.startsWith(prefix)),
      `redirect pages under ${prefix}`,
    ).toBe(true);
  }
  const problems: string[] = [];
  for (const file of redirects) {
    const $ = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));
    const target =
      /^0; url=(.+)$/.exec($('meta[http-equiv=refresh]').attr('content') ?? '')?.[1] ?? '';
    const targetFile = fileForPath(target);
    if (!targetFile || isRedirectPage(targetFile)) {
      problems.push(`${file}: goes to ${target}, which is no page`);
      continue;
    }
    const targetLang = cheerio
      .load(fs.readFileSync(path.join(BUILD_DIR, targetFile), 'utf8'))('html')
      .attr('lang');
    if ($('html').attr('lang') !== targetLang)
      problems.push(`${file}: lang ${$('html').attr('lang')}, its target's ${targetLang}`);
    if ($('link[rel=canonical]').attr('href') !== `${siteUrl()}${target}`) {
      problems.push(`${file}: canonical ${$('link[rel=canonical]').attr('href')} is not ${target}`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('Microsoft-style addresses', () => {
  for (const locale of LOCALES) {
    const ms = locale === 'en' ? 'en-us' : 'tr-tr';
    test(`/${ms}/<path> opens our page in that language, keeping #section: ${locale}`, async ({
      page,
    }) => {
      const [id] = seedSections();
      await page.goto(`/${ms}/${SEED_PATH}#${id}`);
      await expect(page).toHaveURL(`${pageUrl(locale, 'current', SEED_PATH)}#${id}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE[locale]);
    });

    test(`any letter case works: ${locale}`, async ({page}) => {
      const shouting = `/${ms.toUpperCase()}/${SEED_PATH.replace(/(^|\/)m/, '$1M').replace('commerce', 'Commerce')}?view=o365-worldwide`;
      await page.goto(shouting);
      await expect(page).toHaveURL(`${pageUrl(locale, 'current', SEED_PATH)}?view=o365-worldwide`);
      await page.goto(`/${ms[0]!.toUpperCase()}${ms.slice(1)}`);
      await expect(page).toHaveURL(locale === 'en' ? '/' : `/${locale}/`);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});
    test('the lowercase forms are static redirect pages', async ({page}) => {
      await page.goto(`/tr-tr/${SEED_PATH}`);
      await expect(page).toHaveURL(pageUrl('tr', 'current', SEED_PATH));
      await page.goto(`/en-us/${SEED_PATH}`);
      await expect(page).toHaveURL(pageUrl('en', 'current', SEED_PATH));
    });
  });
});

/** Selects `length` characters of the last paragraph of the article that has enough text. */
async function selectInLastParagraph(page: Page, length: number): Promise<string> {
  return page.evaluate((n) => {
    const paragraphs = Array.from(document.querySelectorAll('.theme-doc-markdown p'));
    const p = paragraphs
      .reverse()
      .find((el) => (el.firstChild?.textContent?.trim().length ?? 0) > n);
    const text = p?.firstChild;
    if (!p || !text) throw new Error('no paragraph to select in');
    p.scrollIntoView({block: 'center'});
    const range = document.createRange();
    const start = text.textContent!.search(/\S/);
    range.setStart(text, start);
    range.setEnd(text, start + n);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  }, length);
}

test.describe('copy link to selected text', () => {
  for (const locale of LOCALES) {
    test(`copies a text-fragment link that opens at the passage: ${locale}`, async ({
      page,
      browser,
      baseURL,
    }) => {
      const url = pageUrl(locale, 'current', SEED_PATH);
      await open(page, url);
      const selected = await selectInLastParagraph(page, 18);
      await page.getByRole('button', {name: UI[locale].selection}).click();
      await expect(announcer(page)).toHaveText(UI[locale].copied);
      const link = await clipboard(page);
      expect(link.startsWith(`${baseURL}${url}#`)).toBe(true);
      // Browsers match text fragments ignoring case and accents; the generator writes them so.
      const fold = (text: string): string =>
        text
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
      const directive = decodeURIComponent(link.split(':~:text=')[1] ?? '');
      expect(fold(directive.replace(/[-,]/g, ' '))).toContain(fold(selected.split(/\s+/)[0]!));
      const section = decodeURIComponent(/#([^:]*):~:/.exec(link)?.[1] ?? '');
      expect((await sectionIds(page)).concat('')).toContain(section);

      // A small window, so the passage is only on screen if the browser went
      // to it; without the section id, so only the text can take it there.
      const reader = await browser.newPage({viewport: {width: 360, height: 260}});
      await reader.goto(link.replace(/#[^:]*:~:/, '#:~:'));
      const passage = reader.locator('.theme-doc-markdown p', {hasText: selected});
      await expect(passage.first()).toBeInViewport();
      await reader.close();
    });

    test(`the selected-text button works by keyboard: ${locale}`, async ({page, baseURL}) => {
      const url = pageUrl(locale, 'current', SEED_PATH);
      await open(page, url);
      await selectInLastParagraph(page, 12);
      const button = page.getByRole('button', {name: UI[locale].selection});
      await button.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => clipboard(page))
        .toMatch(new RegExp(`^${baseURL}${url}#[^:]*:~:text=`));
    });
  }

  test('nothing appears for a selection outside the article', async ({page}) => {
    await open(page, pageUrl('en', 'current', SEED_PATH));
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.navbar__title')!);
      window.getSelection()!.addRange(range);
    });
    await expect(page.getByRole('button', {name: UI.en.selection})).toHaveCount(0);
  });
});

test.describe('accessibility of the link controls', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of LOCALES) {
      test(`no axe violations with the controls showing: ${locale}, ${scheme}`, async ({page}) => {
        await page.emulateMedia({colorScheme: scheme});
        await open(page, pageUrl(locale, '2021-08', SEED_PATH));
        await page.getByRole('button', {name: UI[locale].copyShort}).click();
        await selectInLastParagraph(page, 10);
        await expect(page.getByRole('button', {name: UI[locale].selection})).toBeVisible();
        // The controls this state shows (the links box with its copied
        // button, the selected-text button, the announcement); the page
        // around them is the crawl's, in each scheme.
        expect(
          await axeViolations(
            page,
            '[role="group"]:has([data-short-link]), [data-selection-link], #link-announcer',
          ),
        ).toEqual([]);
      });
    }
  }
});
