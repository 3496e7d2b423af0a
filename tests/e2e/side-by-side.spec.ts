/**
 * English beside Turkish (src/components/SideBySide), as a reader uses it on
 * the seed article: it opens from the translation notice, pairs sections by
 * their shared ids (beside on a desktop, under on a phone), passes axe, is
 * remembered across pages, closes, and costs nothing until opened. The
 * drift marks are tested where English is newer: translation-status.spec.ts.
 */
import {expect, test, type Page} from '@playwright/test';
import {axeViolations} from './axe';
import {PHONE, SEED_PATH, pageUrl} from './site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

const TR = pageUrl('tr', 'current', SEED_PATH);
const TR_OLD = pageUrl('tr', '2021-08', SEED_PATH);
const EN = pageUrl('en', 'current', SEED_PATH);
const SHOW = 'Her bölümün yanında İngilizcesini göster';
const CLOSE = 'İngilizceyi kapat';
/** Only the side-by-side module has this string: the chunk that must not load unasked. */
const CHUNK_MARKER = 'data-side-by-side-section';

const blocks = (page: Page) => page.locator('[data-side-by-side-section]');

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrated(page);
  await page.getByRole('button', {name: SHOW}).click();
  await expect(page.getByRole('button', {name: SHOW})).toHaveAttribute('aria-pressed', 'true');
  await expect(blocks(page).first()).toBeVisible();
}

/** Section ids of the Turkish article, in order, and the English blocks' ids. */
async function alignment(page: Page) {
  return page.locator('.theme-doc-markdown').evaluate((article) => {
    const tr: string[] = [];
    let current: string | undefined;
    const pairs: {block: string; after: string | undefined; headings: string[]}[] = [];
    for (const el of Array.from(article.children)) {
      if (el.tagName === 'HEADER') continue;
      const block = el.getAttribute('data-side-by-side-section');
      if (block !== null) {
        pairs.push({
          block,
          after: current,
          headings: Array.from(el.querySelectorAll('[lang="en"] > h2, [lang="en"] > h3')).map(
            (h) => h.id,
          ),
        });
        continue;
      }
      if (/^H[23]$/.test(el.tagName) && el.id) {
        current = el.id;
        tr.push(el.id);
      } else if (current === undefined) {
        current = '_intro';
        tr.push(current);
      }
    }
    return {tr, pairs};
  });
}

test.describe('English beside Turkish on the seed article', () => {
  /** Desktop: the English block of a section beside its Turkish heading. */
  async function expectBeside(page: Page, tr: string[]): Promise<void> {
    // English text, marked as English, no id twice on the page.
    await expect(blocks(page).first().locator('[lang="en"]').first()).toBeVisible();
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Beside: the English block of a section starts in its Turkish heading's row (above
    // the heading's top margin), to its right.
    for (const id of tr.filter((s) => s !== '_intro')) {
      const heading = await page.locator(`.theme-doc-markdown > [id="${id}"]`).boundingBox();
      const block = await page.locator(`[data-side-by-side-section="${id}"]`).boundingBox();
      expect(block!.x).toBeGreaterThan(heading!.x + heading!.width - 1);
      expect(block!.y).toBeLessThanOrEqual(heading!.y);
      expect(heading!.y - block!.y).toBeLessThan(64);
    }
  }

  /** Phone: each section followed by its English. */
  async function expectUnder(page: Page, tr: string[]): Promise<void> {
    for (const id of tr.filter((s) => s !== '_intro')) {
      const heading = await page.locator(`.theme-doc-markdown > [id="${id}"]`).boundingBox();
      const block = await page.locator(`[data-side-by-side-section="${id}"]`).boundingBox();
      expect(block!.y).toBeGreaterThan(heading!.y + heading!.height);
      expect(Math.abs(block!.x - heading!.x)).toBeLessThan(24);
    }
  }

  // One visit per width: the layout as opened, then axe on the view
  // reloaded in each scheme (the choice is remembered).
  for (const [name, viewport, place, layout] of [
    ['desktop', {width: 1280, height: 800}, 'beside it', expectBeside],
    ['phone', PHONE, 'under it', expectUnder],
  ] as const) {
    test(`${name}: each Turkish section gets the English section with the same id, ${place}; axe passes, light and dark`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await open(page, TR);
      await test.step(`each Turkish section gets the English section with the same id, ${place}`, async () => {
        const {tr, pairs} = await alignment(page);
        // Every Turkish section of the seed has its English counterpart, right after it.
        expect(pairs.map((p) => p.block)).toEqual(tr);
        for (const p of pairs) {
          expect(p.after).toBe(p.block);
          if (p.block !== '_intro') expect(p.headings[0]).toBe(`en-${p.block}`);
        }
        await layout(page, tr);
      });
      for (const scheme of ['light', 'dark'] as const) {
        await test.step(`the open view passes axe (${scheme})`, async () => {
          await page.emulateMedia({colorScheme: scheme});
          // The choice is remembered: the reloaded page opens with the view.
          await page.reload();
          await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
          await expect(blocks(page).first()).toBeVisible();
          expect((await axeViolations(page)).map((v) => `${scheme}: ${v}`)).toEqual([]);
        });
      }
    });
  }

  test('the choice is remembered on the next translated page, and closing forgets it', async ({
    page,
  }) => {
    await open(page, TR);
    await page.goto(TR_OLD);
    await hydrated(page);
    await expect(blocks(page).first()).toBeVisible();
    // While the toggle shows, it is the way to close: the floating button would cover it on a phone.
    const close = page.getByRole('button', {name: CLOSE});
    await page.getByRole('button', {name: SHOW}).scrollIntoViewIfNeeded();
    await expect(close).toBeHidden();
    // Further down, the floating close button stays in view; by keyboard.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(page.getByRole('button', {name: SHOW})).not.toBeInViewport();
    await expect(close).toBeInViewport();
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(blocks(page)).toHaveCount(0);
    await expect(page.getByRole('button', {name: SHOW})).toBeFocused();
    await expect(page.getByRole('button', {name: SHOW})).toHaveAttribute('aria-pressed', 'false');
    await page.goto(TR);
    await hydrated(page);
    await expect(page.getByRole('button', {name: SHOW})).toBeVisible();
    await expect(blocks(page)).toHaveCount(0);
  });

  test('a page load downloads none of it until the reader opens it', async ({page}) => {
    const scripts: string[] = [];
    const documents: string[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push(await response.text());
      if (url.pathname === EN) documents.push(url.pathname);
    });
    await page.goto(TR);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes(CHUNK_MARKER))).toEqual([]);
    expect(documents).toEqual([]);

    await page.getByRole('button', {name: SHOW}).click();
    await expect(blocks(page).first()).toBeVisible();
    expect(scripts.filter((s) => s.includes(CHUNK_MARKER))).toHaveLength(1);
    expect(documents).toEqual([EN]);
  });

  test('without JavaScript the English page is one link away', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(TR);
    const notice = page.locator('[data-translation-notice]').first();
    await expect(notice.getByRole('link', {name: /İngilizce/})).toHaveAttribute('href', EN);
    await expect(page.getByRole('button', {name: SHOW})).toHaveCount(0);
    await context.close();
  });
});
