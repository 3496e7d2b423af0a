/**
 * The seed article as a decision guide: the important Callout, the
 * DecisionTable's chooser (mouse and keyboard), the #row-id address, the
 * phone card layout, print, the page without JavaScript, and axe (WCAG 2.1
 * AA) in light and dark mode. Both locales; row ids are the same in both.
 */
import {expect, test, type Page} from '@playwright/test';
import {axeViolations} from './axe';
import {LOCALES, SEED_PATH, pageUrl, type Locale} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const TEXT = {
  en: {
    important: 'Important',
    calloutText: /Licenses can't be transferred between two organizations/,
    question: 'Will you keep using the source tenant?',
    keep: "Yes, I'll keep using it",
    stop: "No, I'll stop using it",
    keepSituation: "You'll keep using the source tenant",
    stopSituation: 'You no longer plan to use the source tenant',
    match: 'Your situation',
    whatToDo: 'What to do',
    otherLocale: 'Türkçe',
  },
  tr: {
    important: 'Önemli',
    calloutText: /Lisansları 2 kuruluş \(kiracı\) arasında aktarmak mümkün değildir/,
    question: 'Kaynak kiracıyı kullanmaya devam edecek misiniz?',
    keep: 'Evet, kullanmaya devam edeceğim',
    stop: 'Hayır, kullanmayı bırakacağım',
    keepSituation: 'Kaynak kiracıyı kullanmaya devam edeceksiniz',
    stopSituation: 'Kaynak kiracıyı artık kullanmayı planlamıyorsunuz',
    match: 'Sizin durumunuz',
    whatToDo: 'Yapılacaklar',
    otherLocale: 'English',
  },
} as const;

const ROW_IDS = ['keep-source-tenant', 'stop-using-source-tenant'];

/** Opens the article and waits until the decision table has hydrated. */
async function openGuide(page: Page, locale: Locale, hash = ''): Promise<void> {
  await page.goto(pageUrl(locale, 'current', SEED_PATH) + hash);
  await expect(page.locator('.theme-decision-table[data-interactive]')).toHaveCount(1);
}

function row(page: Page, id: string) {
  return page.locator(`tr#${id}`);
}

/**
 * axe on the decision table as chosen: the chooser, the rows, the status
 * line. The rest of the page is the article the crawl checks in each scheme
 * and width; choosing a row changes only this part.
 */
async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page, '.theme-decision-table')).toEqual([]);
}

for (const locale of LOCALES) {
  const t = TEXT[locale];

  test.describe(`decision guide (${locale})`, () => {
    // One visit for what a reader arriving by a #row-id link sees (no
    // interaction): the row chosen, the callout, the table, then print.
    test('a #row-id address, the callout, the table and print, in one visit', async ({page}) => {
      await openGuide(page, locale, '#stop-using-source-tenant');

      await test.step('an address with #row-id opens with that row highlighted and its answer chosen', async () => {
        await expect(page.getByRole('radio', {name: t.stop})).toBeChecked();
        await expect(row(page, 'stop-using-source-tenant')).toHaveAttribute('aria-current', 'true');
        await expect(row(page, 'stop-using-source-tenant')).toBeInViewport();
      });

      await test.step('the important callout is a note named by its translated title', async () => {
        const note = page.getByRole('main').getByRole('note', {name: t.important});
        await expect(note).toHaveAttribute('data-callout', 'important');
        await expect(note).toContainText(t.calloutText);
      });

      await test.step('a table with caption, headers and one row per situation, ids shared by both languages', async () => {
        const table = page.getByRole('table', {name: t.question});
        await expect(table).toHaveAttribute('data-decision-table', 'true');
        await expect(table.getByRole('columnheader')).toHaveCount(2);
        await expect(table.getByRole('rowheader')).toHaveText([
          new RegExp(t.keepSituation),
          new RegExp(t.stopSituation),
        ]);
        expect(
          await table.locator('tbody > tr').evaluateAll((rows) => rows.map((r) => r.id)),
        ).toEqual(ROW_IDS);
      });

      await test.step('print shows every row and the question, without the chooser', async () => {
        await page.emulateMedia({media: 'print'});
        await expect(page.getByRole('group', {name: t.question})).toBeHidden();
        await expect(page.locator('table[data-decision-table] caption')).toBeVisible();
        for (const id of ROW_IDS) await expect(row(page, id)).toBeVisible();
        await expect(row(page, 'stop-using-source-tenant').getByText(t.match)).toBeVisible();
      });
    });

    test('choosing with the mouse highlights the row, puts #id in the address and keeps the reader in place', async ({
      page,
    }) => {
      await openGuide(page, locale);
      const historyLength = await page.evaluate(() => history.length);
      const keep = page.getByRole('radio', {name: t.keep});
      await keep.scrollIntoViewIfNeeded();
      await keep.click();
      await expect(page).toHaveURL(new RegExp(`#keep-source-tenant$`));
      await expect(row(page, 'keep-source-tenant')).toHaveAttribute('aria-current', 'true');
      await expect(row(page, 'keep-source-tenant').getByText(t.match)).toBeVisible();
      await expect(row(page, 'stop-using-source-tenant').getByText(t.match)).toBeHidden();
      await expect(page.getByRole('status')).toContainText(t.keepSituation);
      // Answering is not navigating: no new history entry, the chooser stays on screen.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await expect(keep).toBeInViewport();

      await page.getByRole('radio', {name: t.stop}).click();
      await expect(page).toHaveURL(new RegExp(`#stop-using-source-tenant$`));
      await expect(row(page, 'stop-using-source-tenant')).toHaveAttribute('aria-current', 'true');
      await expect(row(page, 'keep-source-tenant')).not.toHaveAttribute('aria-current', 'true');
      // The language menu follows the address, so the row survives a language switch.
      await expect(
        page.getByRole('link', {name: t.otherLocale, includeHidden: true}),
      ).toHaveAttribute('href', /#stop-using-source-tenant$/);
    });

    test('the chooser works from the keyboard', async ({page}) => {
      await openGuide(page, locale);
      const keep = page.getByRole('radio', {name: t.keep});
      const stop = page.getByRole('radio', {name: t.stop});
      // Tab from the element just before the chooser: the heading's last
      // control, its "Copy for a ticket" button (after the direct link and "Copy link").
      await page.getByRole('heading', {level: 2}).first().getByRole('button').last().focus();
      await page.keyboard.press('Tab');
      await expect(keep).toBeFocused();
      await page.keyboard.press('Space');
      await expect(keep).toBeChecked();
      await expect(page).toHaveURL(/#keep-source-tenant$/);
      await page.keyboard.press('ArrowDown');
      await expect(stop).toBeChecked();
      await expect(stop).toBeFocused();
      await expect(page).toHaveURL(/#stop-using-source-tenant$/);
      await expect(row(page, 'stop-using-source-tenant')).toHaveAttribute('aria-current', 'true');
    });

    test('on a phone each row is a card, and still a table to assistive technology', async ({
      page,
    }) => {
      await page.setViewportSize({width: 390, height: 844});
      await openGuide(page, locale);
      const table = page.getByRole('table', {name: t.question});
      await expect(table.getByRole('row')).toHaveCount(3);
      await expect(table.getByRole('columnheader')).toHaveCount(2);
      // Column headers are visually hidden; each card labels its own text.
      const header = await table.locator('thead').boundingBox();
      expect(header?.height ?? 0).toBeLessThanOrEqual(1);
      for (const id of ROW_IDS) {
        const card = row(page, id);
        await expect(card.getByText(t.whatToDo, {exact: true})).toBeVisible();
        const situation = (await card.getByRole('rowheader').boundingBox())!;
        const action = (await card.getByRole('cell').boundingBox())!;
        const box = (await card.boundingBox())!;
        // Header above the text, both the card's full width, card within the screen.
        expect(action.y).toBeGreaterThanOrEqual(situation.y + situation.height - 1);
        expect(Math.abs(action.width - situation.width)).toBeLessThanOrEqual(1);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      const first = (await row(page, ROW_IDS[0]!).boundingBox())!;
      const second = (await row(page, ROW_IDS[1]!).boundingBox())!;
      expect(second.y).toBeGreaterThan(first.y + first.height);
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`passes axe (WCAG 2.1 AA) in ${colorScheme} mode, with a row highlighted`, async ({
        page,
      }) => {
        await page.emulateMedia({colorScheme});
        await openGuide(page, locale);
        await page.getByRole('radio', {name: t.keep}).click();
        await expect(row(page, 'keep-source-tenant')).toHaveAttribute('aria-current', 'true');
        await expectAxeClean(page);
        await page.setViewportSize({width: 390, height: 844});
        await expectAxeClean(page);
      });
    }
  });

  test.describe(`decision guide without JavaScript (${locale})`, () => {
    test.use({javaScriptEnabled: false});

    test('every row is shown and readable, no chooser; a link to #row-id highlights that row', async ({
      page,
    }) => {
      await page.goto(pageUrl(locale, 'current', SEED_PATH));
      await expect(page.getByRole('group', {name: t.question})).toBeHidden();
      await expect(page.locator('table[data-decision-table] caption')).toHaveText(t.question);
      await expect(page.locator('table[data-decision-table] caption')).toBeVisible();
      for (const id of ROW_IDS) {
        await expect(row(page, id)).toBeVisible();
        await expect(row(page, id).getByRole('listitem')).toHaveCount(3);
        await expect(row(page, id).getByText(t.match)).toBeHidden();
      }
      await expect(page.getByRole('note', {name: t.important})).toContainText(t.calloutText);

      // The same page at the row's address (a fragment navigation: :target moves).
      await page.goto(pageUrl(locale, 'current', SEED_PATH) + '#stop-using-source-tenant');
      await expect(row(page, 'stop-using-source-tenant').getByText(t.match)).toBeVisible();
      await expect(row(page, 'keep-source-tenant').getByText(t.match)).toBeHidden();
      await expect(row(page, 'stop-using-source-tenant')).toBeInViewport();
    });
  });
}
