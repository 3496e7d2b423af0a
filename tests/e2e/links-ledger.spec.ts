/**
 * Published addresses survive a heading rename (links.lock.json,
 * scripts/links/, src/msdocs/remark/anchor-aliases.ts). In the shared scratch
 * copy (scratch-scenarios.ts), a copy of the seed article at LEDGER_PATH,
 * recorded in the copy's ledger, has two sections renamed in both languages:
 * "Choose what to do" without an alias, "In both cases: move your data" with
 * `anchor_aliases: {move-your-data: copy-your-data}`.
 *  - `npm run check:build` over it fails naming the first old address, where
 *    it was last seen and the alias to declare, and accepts the second;
 *  - `#move-your-data` lands on the renamed section: with JavaScript the
 *    notice says what it is called now (announced, focus on the heading,
 *    `#copy-your-data` in the address bar), on load and on a hash change, in
 *    English and Turkish; without JavaScript the section is in view.
 */
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {expect, test, type Page} from '@playwright/test';
import {pageUrl, type Locale} from './site';
import {REPO_DIR} from './built-site';
import {axeViolations, switchColourScheme} from './axe';
import {sharedScratchSite, type SharedScratchSite} from './scratch-build';
import {LEDGER_PATH} from './scratch-scenarios';

const NEW_TITLE: Record<Locale, string> = {
  en: 'In both cases: copy your data',
  tr: 'Her iki durumda da: verilerinizi kopyalayın',
};

const NOTICE: Record<Locale, (title: string) => string> = {
  en: (title) => `The section you linked to is now called “${title}”.`,
  tr: (title) => `Bağlantı verdiğiniz bölümün adı artık “${title}”.`,
};

async function expectLandedWithNotice(page: Page, locale: Locale): Promise<void> {
  const heading = page.getByRole('heading', {level: 2, name: NEW_TITLE[locale]});
  const notice = page.locator('#move-your-data');
  await expect(notice).toHaveText(NOTICE[locale](NEW_TITLE[locale]));
  await expect(notice).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/#copy-your-data$/);
  // Announced in the page's one polite live region (src/links/announce.ts).
  await expect(
    page.getByRole('status').filter({hasText: NOTICE[locale](NEW_TITLE[locale])}),
  ).toHaveCount(1);
}

test.describe('a renamed section', () => {
  test.describe.configure({mode: 'serial'});
  let site: SharedScratchSite;
  let checkOutput = '';
  let checkCode = 0;

  test.beforeAll(async () => {
    site = await sharedScratchSite();
    // The static checks of this checkout, over the copy's build and sources.
    try {
      const {stdout} = await promisify(execFile)(
        path.join(REPO_DIR, 'node_modules/.bin/tsx'),
        [
          path.join(REPO_DIR, 'scripts/check-build/index.ts'),
          '--dir',
          path.join(site.dir, 'build'),
          '--site',
          site.dir,
        ],
        {cwd: REPO_DIR, maxBuffer: 16 * 1024 * 1024},
      );
      checkOutput = stdout;
    } catch (error) {
      const e = error as {code?: number; stdout?: string};
      checkCode = e.code ?? 0;
      checkOutput = e.stdout ?? '';
    }
  });
  test.afterAll(async () => site?.close());

  test('without an alias fails check:build, naming the address, where it was and how to keep it', () => {
    expect(checkCode).toBe(1);
    for (const prefix of ['', '/tr']) {
      expect(checkOutput).toContain(
        `a published address (links.lock.json) still resolves: ${prefix}/${LEDGER_PATH}#choose-what-to-do no longer resolves: no element with id ` +
          `"choose-what-to-do" (last seen in links.lock.json: ${prefix ? 'tr' : 'en'}, version current); ` +
          'keep it: declare an anchor alias `choose-what-to-do` on the section now called ',
      );
    }
    expect(checkOutput).toContain(
      `anchor_aliases: {choose-what-to-do: pick-a-path} in the front matter of docs/${LEDGER_PATH}.md`,
    );
    // The aliased one passes; the new ids are only a hint.
    expect(checkOutput).not.toContain('#move-your-data no longer resolves');
    expect(checkOutput).toMatch(
      /ledger: \d+ new address\(es\) not in links\.lock\.json .*links:record/,
    );
  });

  for (const locale of ['en', 'tr'] as const) {
    test(`with an alias, #old lands on it and says what it is called now (${locale})`, async ({
      page,
    }) => {
      await page.goto(`${site.url}${pageUrl(locale, 'current', LEDGER_PATH)}#move-your-data`);
      await expectLandedWithNotice(page, locale);
      for (const scheme of ['light', 'dark'] as const) {
        // Switched live: a reload would land on the new #id, without the notice.
        await switchColourScheme(page, scheme);
        expect((await axeViolations(page)).map((v) => `${scheme}: ${v}`)).toEqual([]);
      }
    });
  }

  test('a hash changed on the page is followed too', async ({page}) => {
    await page.goto(`${site.url}${pageUrl('en', 'current', LEDGER_PATH)}`);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('#move-your-data')).toHaveText('');
    await page.evaluate(() => {
      window.location.hash = 'move-your-data';
    });
    await expectLandedWithNotice(page, 'en');
  });

  test('without JavaScript, #old scrolls to the renamed section', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${site.url}${pageUrl('tr', 'current', LEDGER_PATH)}#move-your-data`);
    await expect(page.getByRole('heading', {level: 2, name: NEW_TITLE.tr})).toBeInViewport();
    await expect(page.getByRole('heading', {level: 1})).not.toBeInViewport();
    await context.close();
  });
});
