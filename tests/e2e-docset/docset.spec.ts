/**
 * A built docset as a reader meets it, once per page kind: pages render and
 * pass axe, the sidebar follows each language's toc.yml, FAQ questions can
 * be linked, old addresses land on their new pages. Every page's static
 * checks are scripts/check-docset.mjs' own; this spec is the browser part.
 * Runs in the scratch site: npm run check:docset -- <docset folder>, which
 * writes the plan it reads (docset-check.json: routes, expected sidebars).
 */
import fs from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Plan {
  pagesByKind: {kind: string; route: string}[];
  sidebars: {
    route: string;
    locale: string;
    inOrder: {name: string; page: boolean}[];
    present: string[];
  }[];
  redirects: {from: string; to: string}[];
  faq: {en: string; tr: string; ids: string[]}[];
}

const planFile = path.resolve(__dirname, '..', '..', 'docset-check.json');
const plan: Plan = fs.existsSync(planFile)
  ? (JSON.parse(fs.readFileSync(planFile, 'utf8')) as Plan)
  : {pagesByKind: [], sidebars: [], redirects: [], faq: []};

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

test('the plan has pages to check (run through npm run check:docset)', () => {
  expect(fs.existsSync(planFile), `${planFile} is written by check:docset`).toBe(true);
  expect(plan.pagesByKind.length).toBeGreaterThan(0);
});

for (const {kind, route} of plan.pagesByKind) {
  test(`${kind}: ${route} renders, with one heading and no DocFX syntax, and passes axe`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING|INCLUDE)/i);
    expect(text).not.toMatch(/^\s*:::/m);
    const axe = await new AxeBuilder({page})
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

/** Every label of the sidebar in order, after opening every category. */
async function sidebarLabels(page: Page): Promise<string[]> {
  const sidebar = page.locator('aside.theme-doc-sidebar-container nav');
  for (let i = 0; i < 500; i++) {
    const closed = sidebar.locator('li.menu__list-item--collapsed').first();
    if ((await closed.count()) === 0) break;
    const caret = closed.locator(':scope > div > button.menu__caret');
    if ((await caret.count()) > 0) await caret.click();
    else await closed.locator(':scope > div > a, :scope > a').first().click();
  }
  return (await sidebar.locator('a.menu__link').allInnerTexts()).map((t) => t.trim());
}

const dedupe = (list: string[]): string[] => list.filter((x, i) => i === 0 || list[i - 1] !== x);

for (const {route, locale, inOrder, present} of plan.sidebars) {
  test(`sidebar of ${route} follows the ${locale} toc.yml`, async ({page}) => {
    await page.goto(route);
    await hydrated(page);
    const labels = await sidebarLabels(page);
    const expected = new Set(inOrder.map((e) => e.name));
    // Every entry with a page is there, under the toc's name (in that language).
    for (const {name} of inOrder.filter((e) => e.page)) expect(labels).toContain(name);
    // English entries the translation's toc lacks fall back to their English names.
    for (const name of present) expect(labels).toContain(name);
    // In the toc's order.
    const seen = new Set(labels);
    expect(dedupe(labels.filter((l) => expected.has(l)))).toEqual(
      dedupe(inOrder.map((e) => e.name).filter((n) => seen.has(n))),
    );
  });
}

for (const {en, tr, ids} of plan.faq) {
  test(`FAQ questions are linkable, with the same ids in both languages (${en})`, async ({
    page,
  }) => {
    for (const id of ids) {
      for (const route of [en, tr]) {
        await page.goto(`${route}#${id}`);
        await hydrated(page);
        const question = page.locator(`[id="${id}"]`);
        await expect(question).toHaveCount(1);
        await expect(question).toBeInViewport();
      }
    }
  });
}

for (const {from, to} of plan.redirects) {
  test(`the old address ${from} lands on ${to}`, async ({page}) => {
    await page.goto(from);
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).pathname).replace(/\/$/, ''))
      .toBe(to.split('#')[0]);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}
