/**
 * axe for specs that check a page or a state of their own (the crawl checks
 * the pages of the build): on the page as it is, or after a reload in each
 * colour scheme.
 *
 * In: a page at the address to check. Out: passes, or fails listing each
 * violation with its scheme, rule and elements.
 * Why reload per scheme rather than switch live (as the crawl does): a live
 * switch can leave colours mid-transition when axe reads them, under load.
 */
import {expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 AA violations on the page as it is now, one line each (rule
 * and elements). `include`: only the parts a state changed (an open menu, a
 * chosen row), when the crawl (tests/e2e/crawl.spec.ts) checks the rest of
 * the page in that colour scheme and width: axe's cost grows with the part
 * it reads.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({page}).withTags(AXE_TAGS);
  const {violations} = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme: scheme});
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect((await axeViolations(page)).map((v) => `${scheme}: ${v}`)).toEqual([]);
  }
}
