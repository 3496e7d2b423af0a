/**
 * Real content never stops the site (src/msdocs/defects.ts): in the shared
 * scratch copy (scratch-scenarios.ts), an article holding one of each content
 * defect, in English and Turkish, listed in imported-docsets.json, builds; each defect is
 * repaired or shown as a reader sees it and listed in build/content-report.json.
 * The same article, not listed, fails the build naming file, line and
 * construct: content-defects-build.spec.ts (a copy of its own, built while
 * the shared one is).
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {SEED_TITLE, pageUrl} from './site';
import {expectNoAxeViolations} from './axe';
import {sharedScratchSite, type SharedScratchSite} from './scratch-build';
import {DEFECTS_PATH as DOC, TR_ROOT} from './scratch-scenarios';

interface Report {
  file: string;
  line: number;
  construct: string;
  action: string;
  locale: string;
}

test.describe('an imported article with content defects', () => {
  test.describe.configure({mode: 'serial'});
  let site: SharedScratchSite;
  let report: Report[] = [];

  test.beforeAll(async () => {
    site = await sharedScratchSite();
    report = JSON.parse(
      fs.readFileSync(path.join(site.dir, 'build/content-report.json'), 'utf8'),
    ) as Report[];
  });
  test.afterAll(async () => site?.close());

  for (const locale of ['en', 'tr'] as const) {
    test(`each defect is repaired or shown (${locale})`, async ({page}) => {
      await page.goto(site.url + pageUrl(locale, 'current', DOC));
      const main = page.locator('article');
      await expect(main).toContainText(
        'Sign in as an admin of <TenantName> and add <your domain> to the accepted domains.',
      );
      await expect(main.locator('.msdocs-decorative img')).toHaveAttribute('alt', '');
      await expect(main.getByRole('link', {name: SEED_TITLE[locale]})).toBeVisible();
      await expect(main.locator('.msdocs-row > .msdocs-column')).toHaveText('Monthly billing.');
      await expect(main.locator('.msdocs-column')).not.toHaveAttribute('data-span', /.*/);
      const boxes = main.getByRole('note').filter({has: page.locator('code')});
      const box = main.locator('[data-content-defect]');
      await expect(box.first()).toContainText(
        locale === 'en' ? 'This part could not be shown' : 'Bu bölüm gösterilemedi',
      );
      expect(
        await box.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-content-defect'))),
      ).toEqual(['DocFX', 'include', 'DocFX']);
      await expect(boxes).toHaveCount(3);
      await expect(main).toContainText('Renew before the end of the month.');
      await expect(main).not.toContainText(':::');
      await expect(main).not.toContainText('[!');
      await expect(main.getByRole('link', {name: 'the renewal steps'})).toHaveAttribute(
        'href',
        '#',
      );
      await expectNoAxeViolations(page);
    });

    test(`the content report lists each defect (${locale})`, () => {
      const file = locale === 'en' ? `docs/${DOC}.md` : `${TR_ROOT}/${DOC}.md`;
      const mine = report.filter((r) => r.locale === locale && r.file === file);
      expect(mine.map((r) => `${r.line} ${r.construct} ${r.action}`)).toEqual([
        '3 front matter dropped-value',
        '7 component repaired',
        '7 placeholder repaired',
        '9 image repaired',
        '11 link repaired',
        '14 column repaired',
        '19 DocFX shown',
        '21 include shown',
        '23 DocFX shown',
        '26 link linked-to-top',
      ]);
    });
  }
});
