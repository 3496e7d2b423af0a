/**
 * The Content-Security-Policy of `build/_headers`, as `npm run serve` sends
 * it (the Playwright web server is scripts/serve.mjs), against what each
 * kind of page runs: one page of each kind the build has (the crawl's plan,
 * tests/e2e/crawl-plan.ts), their Turkish versions, a search with results,
 * 404 pages, a redirect page's own script and a host redirect. Any
 * `securitypolicyviolation` event, console error or page error fails.
 */
import {expect, test, type Page} from '@playwright/test';
import {planCrawl} from './crawl-plan';
import {fileForPath} from './built-site';

// Each test opens its own page: any worker can take any of them.
test.describe.configure({mode: 'parallel'});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

/**
 * Collects violations and console errors over every navigation of the page;
 * `notFound`: the browser's own report of a document answered 404 is expected.
 */
async function watch(page: Page, {notFound = false} = {}): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__cspViolation', (v: Violation) =>
    problems.push(`CSP ${v.directive} blocked ${v.blocked || 'inline'} on ${v.page}: ${v.sample}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as {__cspViolation: (v: Violation) => void}).__cspViolation;
      report({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        page: location.pathname,
      });
    });
  });
  page.on('console', (m) => {
    const documentNotFound = m.location().url === page.url() && /status of 404/.test(m.text());
    if (m.type() === 'error' && !(notFound && documentNotFound))
      problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  return problems;
}

/** Visits a page until React has hydrated it (or, without React, it has loaded). */
async function visit(page: Page, urlPath: string): Promise<void> {
  const response = await page.goto(urlPath);
  expect(response, urlPath).not.toBeNull();
  const csp = (await response!.allHeaders())['content-security-policy'] ?? '';
  expect(csp, `${urlPath} is sent with the site's policy`).toContain("script-src 'self' 'sha256-");
  await page.waitForLoadState('networkidle');
}

async function expectHydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

const plan = planCrawl(false);
const KIND_PAGES = plan.pages.filter((p) => p.reasons.some((r) => !/^(sample|changed)/.test(r)));
const turkish = (urlPath: string) => (urlPath.startsWith('/tr/') ? undefined : `/tr${urlPath}`);

for (const planned of KIND_PAGES.filter((p) => !p.redirect)) {
  test(`no CSP violation or console error: ${planned.reasons.join(', ')} (${planned.urlPath})`, async ({
    page,
  }) => {
    const problems = await watch(page);
    const paths = [planned.urlPath];
    const tr = turkish(planned.urlPath);
    if (tr && fileForPath(tr)) paths.push(tr);
    for (const urlPath of paths) {
      await visit(page, urlPath);
      await expectHydrated(page);
    }
    expect(problems).toEqual([]);
  });
}

test('no CSP violation while searching, in the box and on the results page', async ({page}) => {
  const problems = await watch(page);
  for (const [home, query, label] of [
    ['/', 'licenses', 'Search'],
    ['/tr/', 'lisans', 'Ara'],
  ] as const) {
    await visit(page, home);
    await expectHydrated(page);
    // As a reader does (tests/e2e/search.spec.ts): the shortcut, then typing.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', {name: label});
    await expect(box).toBeFocused();
    await box.fill(query);
    await expect(page.getByRole('option').first()).toBeVisible();
    await visit(page, `${home}search?q=${query}`);
    await expect(page.locator('main').getByRole('link').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('no CSP violation on the 404 pages of both locales', async ({page}) => {
  const problems = await watch(page, {notFound: true});
  for (const urlPath of ['/no-such-page', '/tr/no-such-page']) {
    const response = await page.goto(urlPath);
    expect(response?.status()).toBe(404);
    await expectHydrated(page);
  }
  expect(problems).toEqual([]);
});

const redirectPage = KIND_PAGES.find((p) => p.redirect);
test('a redirect page runs its script under the policy, and the host rule answers 301', async ({
  page,
  request,
}) => {
  expect(redirectPage, 'the build has a redirect page').toBeDefined();
  const problems = await watch(page);
  const {urlPath} = redirectPage!;
  // The file itself (no host rule has this address): its script moves on.
  await page.goto(`${urlPath}.html?from=ticket#section`);
  await page.waitForURL((url) => url.pathname !== `${urlPath}.html`);
  expect(new URL(page.url()).search).toBe('?from=ticket');
  await expectHydrated(page);
  const target = new URL(page.url()).pathname;
  // The address: the server's rule, before any page loads.
  const response = await request.get(urlPath, {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location!, 'http://x').pathname).toBe(target);
  expect(problems).toEqual([]);
});
