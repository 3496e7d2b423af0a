/**
 * The browser crawl: what only a browser can tell about a page (hydration
 * without console errors, axe in light, dark, at phone width and with the
 * navigation drawer open, the same text with JavaScript off, the notices
 * and interface strings as hydrated), and the checks of the static checker
 * that hydration could undo (links, anchors, external hosts, names of links
 * and buttons, one h1, lang), run again on the hydrated page. What only the
 * HTML as served decides (canonical, hreflang, robots, the "not yet
 * translated" notice, lang and notices as built) is the static checker's
 * alone. Each check is a step that lists what is wrong; a page's checks all
 * run even when one fails.
 *
 * Which pages (tests/e2e/crawl-plan.ts): one of each kind (article, MT
 * article, FAQ, landing, home, search, 404, redirect, archived version, each
 * construct of tests/fixtures/site), a fixed sample of the rest, and every
 * page whose source this branch changed against main. Every page of every
 * locale and version gets the static checks (`npm run check:build`).
 *
 *   CRAWL=full npx playwright test crawl                  # every page (npm run test:crawl:full)
 *   ONLY_PATH=/tr/microsoft-365/x npx playwright test crawl   # debug one page
 *
 * Pages are tagged @crawl; the summary reporter prints "pages x checks" and
 * the kinds this build lacks.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type Page} from '@playwright/test';
import {externalLinkProblem} from './allowed-domains';
import {axeResults, switchColourScheme} from './axe';
import {
  SITE_DIR,
  declaredTranslationType,
  fileForPath,
  listAllPages,
  localeOfPath,
  pageFacts,
} from './built-site';
import {planCrawl, redirectTargetPath, type PlannedPage} from './crawl-plan';
import {PHONE} from './site';
import {
  CONTENT_SELECTORS,
  englishInterfaceStrings,
  findEnglish,
  type EnglishString,
} from './interface-strings';

// Pages left out of the crawl, each with the reason. An entry that no longer
// matches a built page fails the run, so the list can't rot. Example:
//   '/tr/some/page': 'embeds a third-party widget that logs errors offline (issue N)',
const EXCLUDED: Record<string, string> = {};

// Console messages that are not the site's fault, each with the reason.
const IGNORED_CONSOLE: RegExp[] = [];

const ONLY_PATH = process.env.ONLY_PATH;

// The English interface strings are derived once per worker, and only when a
// Turkish page asks for them (it runs write-translations, ~2 s).
let englishStrings: Promise<EnglishString[]> | undefined;
const getEnglishStrings = (): Promise<EnglishString[]> =>
  (englishStrings ??= englishInterfaceStrings());

type Problems = string[];

/** A named check: a step whose problems are one soft assertion, so the next check still runs. */
async function check(name: string, run: () => Promise<Problems> | Problems): Promise<void> {
  await test.step(name, async () => {
    const problems = await run();
    expect.soft(problems, `${name}: ${problems.length} problem(s)`).toEqual([]);
  });
}

// Docusaurus sets data-has-hydrated once React has taken over the page.
async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

function watchConsole(page: Page, into: Problems): void {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (IGNORED_CONSOLE.some((re) => re.test(message.text()))) return;
    into.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => into.push(`uncaught exception: ${error.message}`));
}

/** axe on the page, or on the part of it that `include` selects. */
async function axeProblems(page: Page, include?: string): Promise<Problems> {
  return (await axeResults(page, include)).flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`,
    ),
  );
}

/** Internal links resolve to a built page or file, and their #anchor exists there. */
function internalLinkProblems(pageUrl: URL, hrefs: string[], ownFile: string): Problems {
  const problems: Problems = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href, pageUrl);
    if (url.origin !== pageUrl.origin) continue;
    const file = url.pathname === pageUrl.pathname ? ownFile : fileForPath(url.pathname);
    if (!file) {
      problems.push(`broken link: ${href} (no page or file in build/ for ${url.pathname})`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html') && !pageFacts(file).anchors.has(anchor)) {
      problems.push(`broken anchor: ${href} (no id or <a name> "${anchor}" in ${file})`);
    }
  }
  return problems;
}

/** Source of a doc, by its id, in a docs folder: `<dir>/<id>.md(x)`. */
function docSource(dir: string, docId: string): string | undefined {
  return ['.md', '.mdx']
    .map((ext) => path.join(dir, `${docId}${ext}`))
    .find((f) => fs.existsSync(path.join(SITE_DIR, f)));
}

// In the browser: the texts of the interface chrome (navbar, sidebar,
// breadcrumbs, footer, buttons, labels): whole texts and label attributes.
// Content is cut out of a copy first, so a list that only holds an article
// title doesn't count as interface text.
function collectInterfaceTexts(contentSelectors: string): string[] {
  const chrome = document.body.cloneNode(true) as HTMLElement;
  chrome.querySelectorAll(contentSelectors).forEach((el) => el.remove());
  const texts: string[] = [];
  for (const el of Array.from(chrome.querySelectorAll('*'))) {
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
    const text = el.textContent ?? '';
    if (text.trim() && text.length < 300) texts.push(text);
  }
  return texts;
}

// ONLY_PATH names a page as a reader would type it (`/tr`, `/tr/`, `/x.html`).
const onlyFile = ONLY_PATH ? fileForPath(ONLY_PATH) : undefined;

const plan = planCrawl(process.env.CRAWL === 'full' || Boolean(ONLY_PATH));

function pathsToCrawl(): PlannedPage[] {
  return plan.pages.filter((p) => !(p.urlPath in EXCLUDED) && (!ONLY_PATH || p.file === onlyFile));
}

test.describe.configure({mode: 'parallel'});

test('the exclusion list and ONLY_PATH name built pages; kinds absent from this build are listed', () => {
  const built = new Set(listAllPages().map((p) => p.urlPath));
  const stale = Object.keys(EXCLUDED).filter((p) => !built.has(p));
  expect(stale, 'EXCLUDED entries with no page in build/').toEqual([]);
  if (ONLY_PATH)
    expect(onlyFile?.endsWith('.html'), `ONLY_PATH=${ONLY_PATH} is not a built page`).toBe(true);
  // Not a failure: a site without FAQ pages has no FAQ page to crawl.
  if (plan.absent.length)
    test
      .info()
      .annotations.push({type: 'crawl: kinds absent', description: plan.absent.join(', ')});
  if (plan.changedNote)
    test
      .info()
      .annotations.push({type: 'crawl: changed pages not added', description: plan.changedNote});
});

for (const planned of pathsToCrawl().filter((p) => p.redirect)) {
  const {urlPath} = planned;
  // A redirect page only sends the reader on: with JavaScript (its script)
  // and without (its meta refresh), to the page it names, without errors.
  test(
    `crawl ${urlPath} (${planned.reasons.join(', ')})`,
    {tag: '@crawl'},
    async ({page, browser, baseURL}) => {
      const target = redirectTargetPath(planned);
      expect(target, `${urlPath}: its meta refresh names no page of the build`).toBeDefined();
      const consoleProblems: Problems = [];
      watchConsole(page, consoleProblems);
      await check('redirects with JavaScript', async () => {
        await page.goto(urlPath);
        await expect(page).toHaveURL((url) => url.pathname === target);
        await waitForHydration(page);
        return [];
      });
      await check('redirects without JavaScript', async () => {
        const context = await browser.newContext({javaScriptEnabled: false, baseURL});
        try {
          const noJs = await context.newPage();
          await noJs.goto(urlPath);
          await expect(noJs).toHaveURL((url) => url.pathname === target);
          return [];
        } finally {
          await context.close();
        }
      });
      await check('no console error or warning', () => [...new Set(consoleProblems)]);
    },
  );
}

for (const {urlPath, file, reasons} of pathsToCrawl().filter((p) => !p.redirect)) {
  const locale = localeOfPath(urlPath);

  test(
    `crawl ${urlPath} (${reasons.join(', ')})`,
    {tag: '@crawl'},
    async ({page, browser, baseURL}) => {
      const consoleProblems: Problems = [];
      watchConsole(page, consoleProblems);
      const response = await page.goto(urlPath);
      expect(response?.status(), `HTTP status of ${urlPath}`).toBe(200);
      await waitForHydration(page);
      const pageUrl = new URL(page.url());
      const html = page.locator('html');
      const htmlClass = (await html.getAttribute('class')) ?? '';
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

      await check('internal links resolve and their anchors exist', () =>
        internalLinkProblems(pageUrl, hrefs, file),
      );

      await check('external links are https on an allowed domain', () =>
        hrefs
          .map((href) => new URL(href, pageUrl))
          .filter((url) => url.origin !== pageUrl.origin)
          .map((url) => externalLinkProblem(url.href))
          .filter((p): p is string => p !== undefined),
      );

      await check('every link and button has an accessible name', async () => {
        const nameless: Problems = [];
        for (const role of ['link', 'button'] as const) {
          for (const el of await page.getByRole(role, {name: /^\s*$/}).all()) {
            nameless.push(
              `${role} without a name: ${await el.evaluate((e) => e.outerHTML.slice(0, 160))}`,
            );
          }
        }
        return nameless;
      });

      await check('exactly one h1', async () => {
        const h1s = await page.getByRole('heading', {level: 1}).allInnerTexts();
        return h1s.length === 1 ? [] : [`${h1s.length} h1 headings: ${JSON.stringify(h1s)}`];
      });

      // The page as served (lang, canonical, hreflang, the notices as built)
      // is the static checks' (check:build, every page); here, what hydration
      // could change.
      await check(`<html lang> is ${locale} once hydrated`, async () => {
        const lang = await html.getAttribute('lang');
        return lang === locale
          ? []
          : [`hydrated page has <html lang="${lang}">, expected "${locale}"`];
      });

      const docId = /(?:^| )docs-doc-id-(\S+)/.exec(htmlClass)?.[1];
      const version = /(?:^| )docs-version-(\S+)/.exec(htmlClass)?.[1];
      const versionFolder = version === 'current' ? 'current' : `version-${version}`;
      // The Turkish Markdown file of this article in this version, if there is one.
      const turkishSource =
        docId && version
          ? docSource(`i18n/tr/docusaurus-plugin-content-docs/${versionFolder}`, docId)
          : undefined;
      // Every page, not only articles: a notice on an English page, a home page
      // or a Turkish fallback page (English text shown in the tr build) is as
      // wrong as one missing from a machine translation. Checked here after
      // hydration; in the HTML as built by the static checks.
      await check(
        'the machine-translation notice is here exactly if the source says ms.translationtype: MT',
        async () => {
          const type =
            locale === 'tr' && turkishSource ? declaredTranslationType(turkishSource) : undefined;
          const expected = type === 'MT' ? ['machine'] : type === 'HT' ? ['human'] : [];
          const about = type
            ? `${turkishSource} declares ms.translationtype: ${type}`
            : 'no machine or human translation';
          const found = (
            await page
              .locator('[data-translation-notice]')
              .evaluateAll((els) =>
                els.map((el) => el.getAttribute('data-translation-notice') ?? ''),
              )
          ).filter((k) => k === 'machine' || k === 'human');
          return JSON.stringify(found) === JSON.stringify(expected)
            ? []
            : [
                `hydrated: notices ${JSON.stringify(found)}, expected ${JSON.stringify(expected)} (${about})`,
              ];
        },
      );

      if (locale === 'tr') {
        await check('no English interface string', async () =>
          findEnglish(
            await page.evaluate(collectInterfaceTexts, CONTENT_SELECTORS),
            await getEnglishStrings(),
          ),
        );
      }

      // With JavaScript off the reader still gets the whole page: the same
      // visible text (callouts, tables and all) as the hydrated page. Controls
      // that only work with JavaScript ([data-js-only], such as a decision
      // table's chooser) are hidden without it on purpose and left out here.
      await check('renders the same text without JavaScript', async () => {
        const visibleText = (p: Page) =>
          p
            .locator('main')
            .evaluate((main: HTMLElement) => {
              const jsOnly = Array.from(main.querySelectorAll<HTMLElement>('[data-js-only]'));
              const display = jsOnly.map((el) => el.style.display);
              jsOnly.forEach((el) => (el.style.display = 'none'));
              const text = main.innerText;
              jsOnly.forEach((el, i) => (el.style.display = display[i]!));
              return text;
            })
            .then((t) => t.replace(/\s+/g, ' ').trim());
        const tables = (p: Page) => p.getByRole('table').count();
        const withJs = {text: await visibleText(page), tables: await tables(page)};
        const context = await browser.newContext({javaScriptEnabled: false, baseURL});
        try {
          const noJs = await context.newPage();
          await noJs.goto(urlPath);
          const without = {text: await visibleText(noJs), tables: await tables(noJs)};
          const problems: Problems = [];
          if (!without.text) problems.push('<main> shows no text without JavaScript');
          else if (without.text !== withJs.text) {
            const at = [...without.text].findIndex((c, i) => c !== withJs.text[i]);
            problems.push(
              `text differs at character ${at}: "${without.text.slice(at, at + 80)}" vs "${withJs.text.slice(at, at + 80)}"`,
            );
          }
          if (without.tables !== withJs.tables)
            problems.push(`${without.tables} tables without JavaScript, ${withJs.tables} with`);
          return problems;
        } finally {
          await context.close();
        }
      });

      // Four states, each checked whole: light and dark at desktop width,
      // then phone width in both, then the navigation drawer open. One reload
      // (the page as a phone loads it); the colour scheme switches live, as
      // for a reader who changes their system's, with the transitions waited
      // out (switchColourScheme) so axe reads the final colours.
      await check('axe WCAG 2.1 AA, light', async () => {
        await expect(html).toHaveAttribute('data-theme', 'light');
        return axeProblems(page);
      });

      await check('axe WCAG 2.1 AA, dark', async () => {
        await switchColourScheme(page, 'dark');
        return axeProblems(page);
      });

      // At phone width the layout changes: the sidebar and the table of
      // contents fold into menus, decision tables become cards, the navbar
      // items move into a drawer. The page is loaded at that width (as a
      // phone loads it: parts that hydrate later stay as served), checked in
      // both schemes, and with the drawer open once it has finished sliding
      // in (a half-drawn drawer would be measured against the page behind it).
      await check('axe WCAG 2.1 AA, phone width, dark', async () => {
        await page.setViewportSize(PHONE);
        await page.reload();
        await waitForHydration(page);
        await expect(html).toHaveAttribute('data-theme', 'dark');
        return axeProblems(page);
      });

      await check('axe WCAG 2.1 AA, phone width, light', async () => {
        await switchColourScheme(page, 'light');
        const problems = await axeProblems(page);
        await page.locator('.navbar__toggle').click();
        const drawer = page.locator('.navbar-sidebar');
        await expect(drawer).toBeVisible();
        await drawer.evaluate((el) =>
          Promise.all(el.getAnimations({subtree: true}).map((a) => a.finished)),
        );
        // The page behind was just checked in this very state: axe the drawer.
        problems.push(
          ...(await axeProblems(page, '.navbar-sidebar')).map(
            (p) => `navigation drawer open: ${p}`,
          ),
        );
        return problems;
      });

      await check('no console error or warning', () => [...new Set(consoleProblems)]);
    },
  );
}
