/**
 * "Copy for a ticket": the menu beside each copy-link button and in the
 * article's links box copies the title and address of the page or section,
 * as rich text (`text/html`) and plain text, in the page's language or in
 * both languages with the other page's real titles. Both languages, by
 * mouse and keyboard (WAI-ARIA menu button), announced, axe with the menu
 * open, and on a phone without moving the page. The clipboard is read back.
 */
import {expect, test, type Page} from '@playwright/test';
import {axeViolations} from './axe';
import {LOCALES, PHONE, SEED_PATH, SEED_TITLE, pageUrl, type Locale} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const UI = {
  en: {
    ticket: 'Copy for a ticket',
    both: 'Copy for a ticket (English + Turkish)',
    copied: 'Reference copied',
    section: 'Choose what to do',
  },
  tr: {
    ticket: 'Bilet için kopyala',
    both: 'Bilet için kopyala (Türkçe + İngilizce)',
    copied: 'Başvuru kopyalandı',
    section: 'Ne yapacağınızı seçin',
  },
} as const;
const SECTION = 'choose-what-to-do';
const other = (locale: Locale): Locale => (locale === 'en' ? 'tr' : 'en');

test.use({permissions: ['clipboard-read', 'clipboard-write']});

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** Both kinds of text on the clipboard, as a paste target would read them. */
async function clipboard(page: Page): Promise<{text: string; html: string}> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string): Promise<string> =>
      item?.types.includes(type) ? (await item.getType(type)).text() : '';
    return {text: await read('text/plain'), html: await read('text/html')};
  });
}

/** Opens the section's ticket menu from the keyboard. */
async function sectionMenu(page: Page, locale: Locale, key: 'Enter' | 'ArrowUp') {
  const button = page.locator(`[id="${SECTION}"]`).getByRole('button', {name: UI[locale].ticket});
  await button.focus();
  await page.keyboard.press(key);
  return {button, items: page.getByRole('menu').getByRole('menuitem')};
}

const announcer = (page: Page) => page.getByRole('status').and(page.locator('#link-announcer'));

for (const locale of LOCALES) {
  test.describe(`copy for a ticket: ${locale}`, () => {
    const url = pageUrl(locale, 'current', SEED_PATH);

    // One visit, three uses of the menus on the desktop page; each copy
    // replaces the clipboard, so each step reads back its own.
    test('the article box, a section by keyboard in both languages, arrow keys and Escape, axe', async ({
      page,
      baseURL,
    }) => {
      await open(page, url);

      await test.step('the article box copies the page title and address, as HTML and text', async () => {
        const button = page.getByRole('group').getByRole('button', {name: UI[locale].ticket});
        await expect(button).toHaveAttribute('aria-haspopup', 'menu');
        await button.click();
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        const menu = page.getByRole('menu', {name: UI[locale].ticket});
        await menu.getByRole('menuitem', {name: UI[locale].ticket, exact: true}).click();
        await expect(menu).toHaveCount(0);
        await expect(announcer(page)).toHaveText(UI[locale].copied);
        const address = `${baseURL}${url}`;
        const copied = await clipboard(page);
        expect(copied.text).toBe(`${SEED_TITLE[locale]} — ${address}`);
        expect(copied.html).toContain(`<a href="${address}">${SEED_TITLE[locale]}</a>`);
      });

      await test.step('a section, by keyboard, in both languages with the real titles of each', async () => {
        const {button, items} = await sectionMenu(page, locale, 'Enter');
        await expect(items).toHaveText([UI[locale].ticket, UI[locale].both]);
        await expect(items.first()).toBeFocused();
        await page.keyboard.press('ArrowDown');
        await expect(items.last()).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(button).toBeFocused();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        const here = `${baseURL}${url}#${SECTION}`;
        const there = `${baseURL}${pageUrl(other(locale), 'current', SEED_PATH)}#${SECTION}`;
        const own = `${SEED_TITLE[locale]} › ${UI[locale].section}`;
        const theirs = `${SEED_TITLE[other(locale)]} › ${UI[other(locale)].section}`;
        const copied = await clipboard(page);
        expect(copied.text).toBe(`${own} — ${here}\n${theirs} — ${there}`);
        expect(copied.html).toContain(
          `<a href="${here}">${own}</a><br><a href="${there}">${theirs}</a>`,
        );
      });

      await test.step('arrow keys move, Escape closes and gives focus back, axe passes with it open', async () => {
        const {button, items} = await sectionMenu(page, locale, 'ArrowUp');
        await expect(items.last()).toBeFocused();
        await page.keyboard.press('Home');
        await expect(items.first()).toBeFocused();
        await page.keyboard.press('ArrowUp');
        await expect(items.last()).toBeFocused();
        // The open menu and the heading it belongs to; the page around them is the crawl's.
        expect(await axeViolations(page, `[id="${SECTION}"], [role="menu"]`)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toHaveCount(0);
        await expect(button).toBeFocused();
      });
    });

    test('on a phone the menu opens over the page, inside the screen, moving nothing', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await open(page, url);
      const heading = page.locator(`[id="${SECTION}"]`);
      await heading.scrollIntoViewIfNeeded();
      const after = heading.locator('xpath=following-sibling::*[1]');
      const before = await after.boundingBox();
      await heading.getByRole('button', {name: UI[locale].ticket}).click();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await after.boundingBox()).toEqual(before);
    });
  });
}
