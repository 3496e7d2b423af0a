/**
 * axe on a page in both colour schemes, for specs that check a page of their
 * own (the crawl checks the pages of the build).
 *
 * In: a page at the address to check. Out: passes, or fails listing each
 * violation with its scheme, rule and elements.
 * Why reload per scheme rather than switch live (as the crawl does): a live
 * switch can leave colours mid-transition when axe reads them, under load.
 */
import {expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme: scheme});
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const {violations} = await new AxeBuilder({page}).withTags(AXE_TAGS).analyze();
    expect(
      violations.map(
        (v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
}
