/**
 * axe (WCAG 2.1 AA) for the end-to-end specs: the crawl's pages and the
 * states the feature specs open.
 *
 * In: a page at the address to check (optionally a selector of the part a
 * state changed). Out: the violations, or a failure listing each with its
 * scheme, rule and elements.
 * Why not `@axe-core/playwright`'s `AxeBuilder`: its analyze() injects the
 * whole axe-core script into the page on every run, then opens a blank page,
 * injects it there too and merges the results in it (axe's runPartial and
 * finishRun): about 0.7 s of fixed cost a run, and the crawl runs axe five
 * times a page. Here axe-core goes into each document once (a reload or a
 * navigation makes a new one) and `axe.run` checks it where it is, reporting
 * violations only (`resultTypes`: passing nodes are not collected). Same
 * rules (the WCAG tags), same engine, same results.
 */
import fs from 'node:fs';
import {expect, type Frame, type Page} from '@playwright/test';
import type {AxeResults, RunOptions} from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const OPTIONS: RunOptions = {
  runOnly: {type: 'tag', values: AXE_TAGS},
  resultTypes: ['violations'],
};

let source: string | undefined;
/** axe-core's browser script, read once per worker. */
const axeSource = (): string =>
  (source ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** Puts axe-core into a frame's document unless it is there already. */
async function inject(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => 'axe' in window)) return;
  await frame.evaluate(axeSource());
}

/**
 * axe on the page as it is now, or on the part `include` selects (a CSS
 * selector list: an open menu, a chosen row), when the crawl
 * (tests/e2e/crawl.spec.ts) checks the rest of the page in that colour scheme
 * and width: axe's cost grows with the part it reads. Frames get axe too,
 * so that axe.run reaches into them rather than waiting for them.
 */
export async function axeResults(page: Page, include?: string): Promise<AxeResults['violations']> {
  for (const frame of page.frames()) await inject(frame);
  const results = await page.evaluate(
    ({include, options}) => {
      const axe = (window as unknown as {axe: typeof import('axe-core')}).axe;
      return axe.run(include ? {include: [include]} : document, options);
    },
    {include, options: OPTIONS},
  );
  return results.violations;
}

/** The violations, one line each (rule and elements). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  return (await axeResults(page, include)).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Switches the page to a colour scheme live, as for a reader who changes
 * their system's (the site follows `prefers-color-scheme`), and waits until
 * the theme has followed and its colour transitions have ended: axe must not
 * read a colour halfway. Document.getAnimations() applies pending styles
 * first, so the transitions the switch starts are among those awaited. The
 * page must have hydrated: the theme listens for the system's scheme from
 * then on (before, the switch would be missed).
 */
export async function switchColourScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-has-hydrated', 'true');
  await page.emulateMedia({colorScheme: scheme});
  await expect(html).toHaveAttribute('data-theme', scheme);
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

/** No violation on the page as it is, in the light and in the dark colour scheme. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await switchColourScheme(page, scheme);
    expect((await axeViolations(page)).map((v) => `${scheme}: ${v}`)).toEqual([]);
  }
}
