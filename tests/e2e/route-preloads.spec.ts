/**
 * Each page names its route's scripts in its HTML (src/plugins/route-preloads,
 * written by src/plugins/critical-css) and adds them at its first paint,
 * beside the entry scripts, so that the bundle's runtime finds them
 * installed: the runtime adds no script of its own before the page hydrates,
 * and the scripts the page names are exactly those the runtime adds when the
 * page names none (one more is a download for nothing, one fewer a round trip
 * after main.js). English and Turkish articles, a versioned article, the home,
 * search and 404 pages; desktop and phone.
 */
import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type Page} from '@playwright/test';
import {parseDocument} from 'htmlparser2';
import {getElementsByTagName} from 'domutils';
import {BUILD_DIR, fileForPath} from './built-site';
import {PHONE, SEED_PATH, pageUrl} from './site';

/** Pages visited, and the built file that answers each (an unknown path: the locale's 404 page). */
const PAGES: {visit: string; file?: string}[] = [
  {visit: pageUrl('en', 'current', SEED_PATH)},
  {visit: pageUrl('tr', 'current', SEED_PATH)},
  {visit: pageUrl('en', '2021-08', SEED_PATH)},
  {visit: pageUrl('tr', '2021-08', SEED_PATH)},
  {visit: '/'},
  {visit: '/tr/'},
  {visit: '/tr/search'},
  {visit: '/microsoft-365/no-such-article', file: '404.html'},
];
const SCREENS = {desktop: {width: 1280, height: 800}, phone: PHONE};
/** The bundle's entry scripts: preloaded and started by the page's own script (after-paint.ts). */
const ENTRY = /\/assets\/js\/(?:runtime~main|main)\.[0-9a-f]+\.js$/;

/**
 * The scripts a built page preloads, as its HTML says: the entry's (links
 * with `data-after-paint`) and the route's (`data-route-scripts` of the inline
 * script that preloads them at the first paint).
 */
function preloadedScripts(urlPath: string, built?: string): {entry: string[]; route: string[]} {
  const file = built ?? fileForPath(urlPath);
  if (!file) throw new Error(`no built page serves ${urlPath}`);
  const doc = parseDocument(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));
  const entry = getElementsByTagName('link', doc, true)
    .filter((l) => l.attribs.rel === 'preload' && l.attribs.as === 'script')
    .filter((l) => 'data-after-paint' in l.attribs)
    .map((l) => l.attribs.href!);
  const route = getElementsByTagName('script', doc, true)
    .flatMap((s) => (s.attribs['data-route-scripts'] ?? '').split(' '))
    .filter(Boolean);
  return {entry, route};
}

/** What the page recorded while starting (the init script below). */
interface StartRecord {
  /** Script elements added to the document before React's first commit (the hydration). */
  beforeHydration: string[];
  /** Those of them the bundle's runtime added (it marks its own elements). */
  byRuntime: string[];
  /** Those added after it: lazily loaded components (src/components/LazyMdx). */
  afterHydration: string[];
  hydrated: boolean;
}

/** The page's HTML without its list of route scripts: what the runtime loads by itself. */
const UNLISTED = / data-route-scripts="[^"]*"/;

/**
 * Opens a page and lets it start: every script request (preloads included),
 * every script element the page adds before and after its hydration, until
 * it has hydrated and the network is idle; the console's warnings and errors.
 */
async function start(page: Page, urlPath: string, {unlisted = false} = {}) {
  const requested: string[] = [];
  const workers: string[] = [];
  const console: string[] = [];
  // The search page's worker (src/plugins/search) is a script, but no element of the page.
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
  });
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') console.push(m.text());
  });
  await page.addInitScript(() => {
    const record: StartRecord = {
      beforeHydration: [],
      byRuntime: [],
      afterHydration: [],
      hydrated: false,
    };
    (window as unknown as {startRecord: StartRecord}).startRecord = record;
    // The bundle's runtime removes each chunk's <script> once it has run: watch them go in.
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLScriptElement && n.src) {
            const src = new URL(n.src).pathname;
            record[record.hydrated ? 'afterHydration' : 'beforeHydration'].push(src);
            if (
              !record.hydrated &&
              (n.hasAttribute('data-rspack') || n.hasAttribute('data-webpack'))
            )
              record.byRuntime.push(src);
          }
    }).observe(document, {childList: true, subtree: true});
    // React tells a developer-tools hook of each commit, before the commit's
    // effects run (which is where lazy components start loading): the first
    // is the hydration, which Docusaurus starts once the route's scripts ran.
    (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot() {
        if (record.hydrated) return;
        // Script elements the commit itself added are still queued for the observer.
        record.hydrated = true;
      },
    };
  });
  if (unlisted)
    await page.route(
      (url) => url.pathname === new URL(urlPath, url).pathname,
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        expect(html, 'the page lists its route scripts').toMatch(UNLISTED);
        // The inline script's text, which the policy's hash covers, is unchanged.
        await route.fulfill({response, body: html.replace(UNLISTED, '')});
      },
    );
  await page.goto(urlPath);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.waitForLoadState('networkidle');
  const record = await page.evaluate(
    () => (window as unknown as {startRecord: StartRecord}).startRecord,
  );
  return {
    requested: requested.filter((src) => !workers.includes(src)),
    record,
    console,
  };
}

for (const [screen, viewport] of Object.entries(SCREENS)) {
  test.describe(`route scripts started by the page (${screen})`, () => {
    test.use({viewport});
    for (const {visit: urlPath, file} of PAGES) {
      test(urlPath, async ({page, browser, baseURL}) => {
        const preloaded = preloadedScripts(urlPath, file);
        expect(preloaded.entry, 'the entry scripts are preloaded').toHaveLength(2);
        expect(preloaded.route.length, 'the route has scripts to preload').toBeGreaterThan(0);
        // What the runtime loads by itself for this page, with the list taken out
        // of its HTML (in a context of its own: nothing cached, no second init script).
        const separate = await browser.newContext({viewport, baseURL});
        const alone = await start(await separate.newPage(), urlPath, {unlisted: true});
        await separate.close();
        expect(alone.record.hydrated, 'React hydrated the page without the list').toBe(true);
        const needed = alone.record.byRuntime.filter((src) => !ENTRY.test(src));
        expect([...preloaded.route].sort(), "the HTML lists exactly the route's scripts").toEqual(
          [...new Set(needed)].sort(),
        );

        const {requested, record, console} = await start(page, urlPath);
        expect(record.hydrated, 'React hydrated the page').toBe(true);
        // Every route script was installed before the runtime asked for it, or on its way.
        expect(record.byRuntime, 'scripts the runtime had to add before hydration').toEqual([]);
        const atStart = record.beforeHydration.filter((src) => !ENTRY.test(src));
        expect([...atStart].sort(), 'the route scripts the page added at its start').toEqual(
          [...preloaded.route].sort(),
        );
        // Each downloaded once; nothing else came over the network but what the page added.
        const routeRequests = requested.filter((src) => preloaded.route.includes(src));
        expect(routeRequests.sort(), 'route script requests').toEqual([...preloaded.route].sort());
        const unexplained = requested.filter(
          (src) =>
            !ENTRY.test(src) &&
            !preloaded.route.includes(src) &&
            !record.afterHydration.includes(src),
        );
        expect(unexplained, 'scripts requested that the page did not add').toEqual([]);
        // The 404 page's own status is the one error it may log.
        const notFound = /status of 404/;
        expect(console.filter((text) => !(file === '404.html' && notFound.test(text)))).toEqual([]);
      });
    }
  });
}
