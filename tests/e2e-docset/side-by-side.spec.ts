/**
 * English beside Turkish on the docset's translated pages (an article and an
 * FAQ, from the plan check:docset writes): every English block sits right
 * after the Turkish section with its id, and the open view passes axe. The
 * docset's two languages come from different years, so some sections exist
 * in one language only: those are left without a partner or marked.
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const planFile = path.resolve(__dirname, '..', '..', 'docset-check.json');
const plan = fs.existsSync(planFile)
  ? (JSON.parse(fs.readFileSync(planFile, 'utf8')) as {
      pagesByKind: {kind: string; route: string}[];
    })
  : {pagesByKind: []};
const pairs = plan.pagesByKind.filter(
  (p) => p.kind === 'article (Turkish)' || p.kind === 'FAQ (Turkish)',
);

test('the plan names translated pages (run through npm run check:docset)', () => {
  expect(pairs.length).toBeGreaterThan(0);
});

for (const {kind, route} of pairs) {
  test(`${kind}: ${route} shows each English section after its Turkish one, axe clean`, async ({
    page,
  }) => {
    await page.goto(route);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await page.getByRole('button', {name: 'Her bölümün yanında İngilizcesini göster'}).click();
    await expect(page.locator('[data-side-by-side-section]').first()).toBeVisible();
    const misplaced = await page.locator('.theme-doc-markdown').evaluate((article) => {
      const wrong: string[] = [];
      let current: string | undefined;
      for (const el of Array.from(article.children)) {
        if (el.tagName === 'HEADER') continue;
        const block = el.getAttribute('data-side-by-side-section');
        if (block !== null) {
          if (block !== current) wrong.push(`${block} after ${current}`);
          continue;
        }
        if (/^H[23]$/.test(el.tagName) && el.id) current = el.id;
        else current ??= '_intro';
      }
      return wrong;
    });
    expect(misplaced).toEqual([]);
    const axe = await new AxeBuilder({page})
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
