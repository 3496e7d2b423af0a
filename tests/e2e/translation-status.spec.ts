import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {LOCALES, VERSIONS, SEED_PATH, SEED_TITLE, pageUrl} from './site';
import {expectNoAxeViolations} from './axe';
import {scratchBuild, type ScratchBuild} from './scratch-build';

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

// A copy of the site where the English seed article gained a sentence after
// its Turkish translation was recorded, and the Turkish 2021-08 translation
// is gone: the real site's build shows neither case.
test.describe('translation notices after the English source changes', () => {
  test.describe.configure({mode: 'serial'});
  let site: ScratchBuild;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = await scratchBuild((dir) => {
      fs.appendFileSync(
        path.join(dir, 'docs', `${SEED_PATH}.md`),
        '\nA sentence added after the translation was made.\n\n## Added later\n\nA section the translation does not have.\n',
      );
      // A known translation date, whatever date the real translation was last marked.
      const tr = path.join(
        dir,
        'i18n/tr/docusaurus-plugin-content-docs/current',
        `${SEED_PATH}.md`,
      );
      fs.writeFileSync(
        tr,
        fs
          .readFileSync(tr, 'utf8')
          .replace(/^translation\.date: .*$/m, 'translation.date: 2021-08-06'),
      );
      fs.rmSync(
        path.join(dir, 'i18n/tr/docusaurus-plugin-content-docs/version-2021-08', `${SEED_PATH}.md`),
      );
    });
  });
  test.afterAll(async () => site?.close());

  test('the Turkish page says it may be out of date, since when, and links to the English original', async ({
    page,
  }) => {
    await page.goto(site.url + pageUrl('tr', 'current', SEED_PATH));
    const notice = page.getByRole('note').filter({hasText: 'Bu çeviri güncel olmayabilir'});
    await expect(notice).toHaveAttribute('data-translation-notice', 'outdated');
    // The recorded translation date, written the Turkish way.
    await expect(notice).toContainText(
      'çevirinin yapıldığı 6 Ağustos 2021 tarihinden bu yana değişti',
    );
    await expect(notice.locator('time')).toHaveAttribute('datetime', '2021-08-06');
    // The Turkish text itself is still shown.
    await expect(page.getByRole('heading', {level: 1})).toHaveText(SEED_TITLE.tr);

    const link = notice.getByRole('link', {name: 'İngilizce asıl metni okuyun'});
    await expect(link).toHaveAttribute('hreflang', 'en');
    await link.click();
    await expect(page).toHaveURL(site.url + pageUrl('en', 'current', SEED_PATH));
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
    await page.goto(site.url + pageUrl('tr', '2021-08', SEED_PATH));
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
    await page.goto(site.url + pageUrl('tr', 'current', SEED_PATH));
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
      await page.goto(site.url + pageUrl('tr', version, SEED_PATH));
      await expect(page.locator(NOTICE)).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
});
