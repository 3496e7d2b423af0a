/**
 * The docs sidebar of an article page, as a reader uses it. Its server HTML
 * is kept as it is while the page hydrates and handed to React when the
 * browser is idle or the reader reaches for it (src/theme/DocSidebar/Desktop,
 * src/components/HydrateLater): these checks hold at any moment after load.
 */
import {expect, test, type Page} from '@playwright/test';
import {LOCALES, PHONE, SEED_PATH, SEED_TITLE, pageUrl} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const SIDEBAR = '.theme-doc-sidebar-container';

async function openArticle(page: Page, locale: (typeof LOCALES)[number]): Promise<void> {
  await page.goto(pageUrl(locale, 'current', SEED_PATH));
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // A mark a full page load would wipe: it survives only in-app navigation.
  await page.evaluate(() => Object.assign(window, {sidebarSpecMark: true}));
}

const markKept = (page: Page): Promise<boolean> => page.evaluate(() => 'sidebarSpecMark' in window);

/** The first category of the desktop sidebar (the article's own is open on load). */
const category = (page: Page) => page.locator(`${SIDEBAR} a.menu__link--sublist`).first();

/** Clicking a category toggles it in the page: no reload, aria-expanded follows. */
async function expectToggles(page: Page, toggle: () => Promise<void>): Promise<void> {
  const link = category(page);
  const expanded = await link.getAttribute('aria-expanded');
  expect(expanded === 'true' || expanded === 'false').toBe(true);
  await toggle();
  await expect(link).toHaveAttribute('aria-expanded', expanded === 'true' ? 'false' : 'true');
  expect(await markKept(page), 'the click reloaded the page').toBe(true);
}

for (const locale of LOCALES) {
  test(`sidebar: pointing at a category right after load toggles it (${locale})`, async ({
    page,
  }) => {
    await openArticle(page, locale);
    await expectToggles(page, () => category(page).click());
  });

  test(`sidebar: once the browser is idle, a category toggles (${locale})`, async ({page}) => {
    await openArticle(page, locale);
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))),
    );
    // A click with no pointer moving over the sidebar first (a script, an
    // assistive technology's default action).
    await expectToggles(page, () => category(page).evaluate((a: HTMLElement) => a.click()));
  });

  test(`sidebar: the keyboard reaches a category, keeps focus, toggles it (${locale})`, async ({
    page,
  }) => {
    await openArticle(page, locale);
    const link = category(page);
    // Tab from the top of the page until the category has focus.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await link.evaluate((a) => a === document.activeElement)) break;
    }
    await expect(link).toBeFocused();
    await expectToggles(page, () => page.keyboard.press('Enter'));
    await expect(link).toBeFocused();
  });

  test(`sidebar: without JavaScript it lists the same links (${locale})`, async ({
    browser,
    page,
  }) => {
    await openArticle(page, locale);
    const links = (p: Page) =>
      p.locator(`${SIDEBAR} a.menu__link`).evaluateAll((as) => as.map((a) => a.textContent));
    const withJs = await links(page);
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const noJs = await context.newPage();
      await noJs.goto(pageUrl(locale, 'current', SEED_PATH));
      expect(await links(noJs)).toEqual(withJs);
      expect(withJs).toContain(SEED_TITLE[locale]);
    } finally {
      await context.close();
    }
  });

  test(`sidebar: at phone width the drawer shows it with the article marked (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await openArticle(page, locale);
    await expect(page.locator(SIDEBAR)).toBeHidden();
    const drawer = page.locator('.navbar-sidebar');
    // The drawer and its sidebar are made when the reader reaches for the
    // button (src/theme/Navbar/MobileSidebar), not while the page starts.
    await test.step('no drawer is made before the reader reaches for it', async () => {
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))),
      );
      await expect(drawer).toHaveCount(0);
    });
    // It slides in as when it was made at start: the button's press makes it,
    // closed, before the click opens it (made open, it would just appear).
    await page.evaluate(() => {
      document.addEventListener('transitionrun', (event) => {
        if (event.target instanceof Element && event.target.matches('.navbar-sidebar'))
          Object.assign(window, {drawerSlid: true});
      });
    });
    await page.locator('.navbar__toggle').click();
    await expect(drawer).toBeVisible();
    await expect(drawer.locator('.theme-doc-sidebar-item-link a[aria-current="page"]')).toHaveText(
      SEED_TITLE[locale],
    );
    expect(await page.evaluate(() => 'drawerSlid' in window), 'the drawer slid in').toBe(true);
  });

  test(`sidebar: at phone width the keyboard opens and closes the drawer (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await openArticle(page, locale);
    const toggle = page.locator('.navbar__toggle');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((b) => b === document.activeElement)) break;
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.navbar-sidebar');
    await expect(drawer).toBeVisible();
    await expect(drawer.locator('.theme-doc-sidebar-item-link a[aria-current="page"]')).toHaveText(
      SEED_TITLE[locale],
    );
    await drawer.getByRole('button', {name: /close|kapat/i}).click();
    await expect(drawer).toBeHidden();
    expect(await markKept(page), 'the drawer reloaded the page').toBe(true);
  });
}
