/**
 * The first screen: nothing of an article is painted before the site's
 * stylesheet has arrived (Docusaurus' render-blocking link; the first
 * screen's CSS is not inlined by default, src/plugins/critical-css/inline.ts),
 * the stylesheet applies with and without JavaScript, the article is on
 * screen before the site's scripts start, and a page starts without the
 * browser's locale data.
 */
import {test, expect, type Page} from '@playwright/test';
import {PHONE, SEED_PATH, pageUrl, type Locale} from './site';

const SCREENS = {desktop: {width: 1280, height: 800}, phone: PHONE};
const STYLESHEET = /\/assets\/css\/styles\.[0-9a-f]+\.css$/;

test('nothing of the page is painted before the stylesheet arrives: no unstyled first screen', async ({
  browser,
}) => {
  const context = await browser.newContext({viewport: PHONE});
  try {
    const page = await context.newPage();
    let release = (): void => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(STYLESHEET, async (route) => {
      asked = true;
      await arrived;
      await route.continue();
    });
    const painted = () =>
      page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
    await page.goto(pageUrl('tr', 'current', SEED_PATH), {waitUntil: 'commit'});
    await expect.poll(() => asked, {message: 'the page asks for the stylesheet'}).toBe(true);
    // Long enough for a page that doesn't wait for its stylesheet to paint on 127.0.0.1.
    await page.waitForTimeout(1000);
    expect(await painted(), 'painted while the stylesheet was on its way').toBe(0);
    release();
    await expect.poll(painted, {message: 'painted once the stylesheet arrived'}).toBe(1);
    await expect(page.getByRole('heading', {level: 1})).toBeInViewport();
  } finally {
    await context.close();
  }
});

test('the stylesheet applies with JavaScript and without', async ({browser}) => {
  const url = pageUrl('tr', 'current', SEED_PATH);
  const applied = (p: Page) =>
    p.evaluate(
      (pattern) =>
        [...document.styleSheets].some(
          (s) =>
            s.href !== null &&
            new RegExp(pattern).test(new URL(s.href).pathname) &&
            (s.media.mediaText === '' || s.media.mediaText === 'all'),
        ),
      STYLESHEET.source,
    );
  const on = await browser.newContext();
  const off = await browser.newContext({javaScriptEnabled: false});
  try {
    const page = await on.newPage();
    await page.goto(url);
    await expect.poll(() => applied(page)).toBe(true);
    const plain = await off.newPage();
    await plain.goto(url);
    expect(await applied(plain)).toBe(true);
  } finally {
    await on.close();
    await off.close();
  }
});

/** The bundler's chunk list, the first global the site's scripts set (named after package.json's name). */
const CHUNK_GLOBAL = 'webpackChunklicensing_guidance_docs';

for (const locale of ['en', 'tr'] as Locale[]) {
  test(`the article is on screen before the site's scripts start: ${locale}`, async ({browser}) => {
    const context = await browser.newContext({viewport: PHONE, isMobile: true, hasTouch: true});
    try {
      const page = await context.newPage();
      // When the first script of the bundle ran, and when the article's parts were first on screen.
      await page.addInitScript((name) => {
        const w = window as unknown as {__painted: [string, number][]; __scriptStart?: number};
        w.__painted = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {element?: Element})[])
            if (e.element?.closest('article')) w.__painted.push([e.element.tagName, e.startTime]);
        }).observe({type: 'largest-contentful-paint', buffered: true});
        Object.defineProperty(window, name, {
          configurable: true,
          get: () => undefined,
          set(value) {
            w.__scriptStart ??= performance.now();
            Object.defineProperty(window, name, {configurable: true, writable: true, value});
          },
        });
      }, CHUNK_GLOBAL);
      // Visits after the first: the scripts come from the cache, at once, as on a fast
      // connection. Deferred scripts then often ran before the first paint; three visits
      // make a lucky pass unlikely.
      const url = pageUrl(locale, 'current', SEED_PATH);
      await page.goto(url);
      for (let visit = 2; visit <= 4; visit++) {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
        const {painted, scriptStart, firstPaint} = await page.evaluate(() => {
          const w = window as unknown as {__painted: [string, number][]; __scriptStart?: number};
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {painted: w.__painted, scriptStart: w.__scriptStart, firstPaint: fcp?.startTime};
        });
        expect(scriptStart, `visit ${visit}: the site's scripts ran`).toBeDefined();
        expect(
          firstPaint,
          `visit ${visit}: the first paint came before the scripts`,
        ).toBeLessThanOrEqual(scriptStart!);
        const before = painted.filter(([, at]) => at <= scriptStart!);
        const seen = `${JSON.stringify(painted)}, scripts at ${scriptStart}`;
        expect(
          before.length,
          `visit ${visit}: the article was on screen first (${seen})`,
        ).toBeGreaterThan(0);
        // Nothing of the article larger came later: its largest part was on screen first.
        expect(
          painted.length,
          `visit ${visit}: nothing larger painted after the scripts (${seen})`,
        ).toBe(before.length);
      }
    } finally {
      await context.close();
    }
  });
}

/**
 * What the page asks of the browser's locale data (ICU) while it starts: the
 * first `Intl` object or locale-aware comparison of a page loads it, about
 * 10-30 ms on a desktop core and four times that on a phone, inside the
 * page's start-up. The page's dates are written by the build
 * (ArticleMeta.dates); the drawer's sidebar, whose props the theme sorts
 * with `localeCompare`, waits for the reader (src/theme/DocSidebar/Mobile).
 */
for (const locale of ['en', 'tr'] as Locale[]) {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    test(`an article starts without the browser's locale data: ${locale}, ${screen}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const used: string[] = [];
        Object.assign(window, {__localeData: used});
        const where = () => new Error().stack?.split('\n')[3]?.trim() ?? '';
        for (const name of Object.getOwnPropertyNames(Intl)) {
          const Ctor = (Intl as unknown as Record<string, unknown>)[name];
          if (typeof Ctor !== 'function' || !/^[A-Z]/.test(name)) continue;
          (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Ctor, {
            construct(target, args, newTarget) {
              used.push(`Intl.${name} ${where()}`);
              return Reflect.construct(target, args, newTarget) as object;
            },
          });
        }
        const methods: [object, string][] = [
          [String.prototype, 'localeCompare'],
          [String.prototype, 'toLocaleLowerCase'],
          [String.prototype, 'toLocaleUpperCase'],
          [Number.prototype, 'toLocaleString'],
          [Date.prototype, 'toLocaleString'],
          [Date.prototype, 'toLocaleDateString'],
          [Date.prototype, 'toLocaleTimeString'],
        ];
        for (const [proto, method] of methods) {
          const original = (proto as Record<string, (...a: unknown[]) => unknown>)[method]!;
          Object.defineProperty(proto, method, {
            configurable: true,
            writable: true,
            value(this: unknown, ...args: unknown[]) {
              used.push(`${method} ${where()}`);
              return original.apply(this, args);
            },
          });
        }
      });
      await page.goto(pageUrl(locale, 'current', SEED_PATH));
      await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
      // The parts handed over when the browser is idle (src/components/HydrateLater) too.
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))),
      );
      // The Turkish article shows a date (its `ms.lasthandoff`); the English one has none.
      if (locale === 'tr') await expect(page.locator('article time').first()).toBeVisible();
      const used = await page.evaluate(
        () => (window as unknown as {__localeData: string[]}).__localeData,
      );
      expect(used, 'locale data used while the page started').toEqual([]);
    });
  }
}

/**
 * The entry script a page starts asks the browser to compile it as it
 * downloads (src/plugins/compile-hints): without the hint, a phone compiles
 * each of its functions on the main thread when first called, inside the
 * page's start-up.
 */
test('the entry script each locale serves asks to be compiled while it downloads', async ({
  page,
  request,
}) => {
  for (const locale of ['en', 'tr'] as Locale[]) {
    await page.goto(pageUrl(locale, 'current', SEED_PATH));
    const entry = await page
      .locator('link[data-after-paint][href*="/assets/js/main."]')
      .getAttribute('href');
    expect(entry, `${locale}: the page names its entry script`).toBeTruthy();
    const body = await (await request.get(new URL(entry!, page.url()).href)).text();
    expect(body.slice(0, 29), `${locale}: ${entry} starts with the hint`).toBe(
      '//# allFunctionsCalledOnLoad\n',
    );
  }
});
