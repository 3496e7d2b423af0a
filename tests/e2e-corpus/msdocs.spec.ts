/**
 * What a reader sees of the Microsoft Docs constructs, on the fixture
 * articles (tests/fixtures/site) and every article check:corpus built.
 * Runs in the temporary site: npm run check:corpus -- tests/fixtures/site ../shared/corpus --e2e
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const FIXTURES = '/microsoft-365/fixtures';
const BUILD = path.resolve(__dirname, '..', '..', 'build');

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

test('alerts render as callouts with translated titles', async ({page}) => {
  await page.goto(`/tr${FIXTURES}/alerts`);
  const callouts = page.locator('article [data-callout]');
  await expect(callouts).toHaveCount(6);
  await expect(callouts.first()).toHaveAttribute('data-callout', 'note');
  await expect(callouts.first()).toContainText('Not');
  await expect(page.locator('article')).not.toContainText('[!');
});

test('content for another cloud is collapsed, and opens for a link into it', async ({page}) => {
  await page.goto(`/tr${FIXTURES}/monikers`);
  await hydrated(page);
  const summaries = page.getByText('Yalnızca 21Vianet tarafından işletilen Office 365 (Çin) için');
  await expect(summaries).toHaveCount(2);
  const chinaStep = page.getByText('21Vianet tarafından işletilen yönetim merkezinde');
  await expect(chinaStep).toBeHidden();
  await summaries.first().click();
  await expect(chinaStep).toBeVisible();

  await page.goto(`${FIXTURES}/monikers#request-a-fapiao`);
  await hydrated(page);
  await expect(page.getByRole('heading', {name: 'Request a fapiao'})).toBeVisible();
});

test('a video is a link card that opens on its site in a new tab, never an embedded player', async ({
  page,
}) => {
  await page.goto(`${FIXTURES}/video`);
  const card = page.getByRole('link', {
    name: /Watch the video.*www\.microsoft\.com, opens in a new tab/,
  });
  await expect(card).toHaveAttribute('href', 'https://www.microsoft.com/videoplayer/embed/RE4KWvE');
  await expect(card).toHaveAttribute('target', '_blank');
  await expect(card).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.goto(`/tr${FIXTURES}/video`);
  await expect(page.getByRole('link', {name: /Videoyu izleyin.*yeni sekmede açılır/})).toHaveCount(
    2,
  );
});

test("zone pivots are tabs with Learn's ?pivots= address", async ({page}) => {
  await page.goto(`${FIXTURES}/zones`);
  await hydrated(page);
  await page.getByRole('tab', {name: 'powershell'}).click();
  await expect(page).toHaveURL(/\?pivots=powershell/);
  await expect(page.getByText('to list the licenses')).toBeVisible();
  await page.goto(`/tr${FIXTURES}/zones?pivots=powershell`);
  await hydrated(page);
  await expect(page.getByRole('tab', {name: 'powershell'})).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('yardım bölmesi')).toHaveCount(0);
});

test('next steps, images and raw HTML links', async ({page}) => {
  await page.goto(`${FIXTURES}/divs`);
  await expect(page.getByRole('link', {name: 'Assign licenses'})).toHaveClass(/button--primary/);
  await page.goto(`${FIXTURES}/images`);
  const figure = page
    .getByRole('figure')
    .filter({has: page.getByRole('img', {name: 'The Licenses page lists each subscription.'})});
  await expect(figure).toHaveCount(1);
  await expect(figure.getByRole('link')).toHaveAttribute('href', /\.png$/);
  await page.goto(`/tr${FIXTURES}/html`);
  const external = page.getByRole('link', {name: 'Ürünleriniz'});
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('article kbd')).toHaveCount(2);
});

test('both languages give a section the same id', async ({page}) => {
  await page.goto(`${FIXTURES}/headings`);
  const en = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  await page.goto(`/tr${FIXTURES}/headings#what-if-i-dont-see-the-buy-licenses-button`);
  const tr = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(tr.slice(0, 3)).toEqual(en.slice(0, 3));
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Başlıklar örneği');
});

/** A page that only redirects (`<meta http-equiv="refresh">`, src/plugins/short-links/redirectPage.ts). */
function isRedirectPage(file: string): boolean {
  return /<meta http-equiv=["']?refresh/i.test(fs.readFileSync(file, 'utf8').slice(0, 2000));
}

/** Every article page the check built (both locales), read from build/. */
function articlePages(): string[] {
  return (
    fs
      .readdirSync(BUILD, {recursive: true, encoding: 'utf8'})
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => /^(tr\/)?microsoft-365\/.+\.html$/.test(f))
      // Redirect pages of moved articles only send the reader on
      // (tests/e2e-corpus/yaml-redirects.spec.ts checks them).
      .filter((f) => !isRedirectPage(path.join(BUILD, f)))
      .map((f) => `/${f.replace(/\.html$/, '')}`)
      .sort()
  );
}

for (const url of articlePages()) {
  test(`axe WCAG 2.1 AA, light and dark: ${url}`, async ({page}) => {
    test.setTimeout(120_000); // two loads and two axe runs of a long article
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await page.goto(url);
      await hydrated(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const {violations} = await new AxeBuilder({page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map(
          (v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
  });
}
