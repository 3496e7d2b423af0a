/**
 * The first screen's CSS (src/plugins/critical-css/inline.ts): which rules a
 * locale's pages get inline, how the stylesheet link is rewritten, and the
 * fence around the link's form. Pages and CSS are our own small fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {
  SWAP_SCRIPT,
  coveringSample,
  inlineCriticalCss,
  bundleTokens,
  layerOrder,
  selectorTokens,
  stylesheetHref,
} from '../../src/plugins/critical-css/inline';
import {encodeDataUrlQuotes, rebasedQuotedUrl} from '../../src/plugins/critical-css/data-urls';
import {AFTER_PAINT_SCRIPT, scriptsAfterPaint} from '../../src/plugins/critical-css/after-paint';
import criticalCss, {inlinesFirstScreenCss} from '../../src/plugins/critical-css';
import securityHeaders from '../../src/plugins/headers';
import {REDIRECT_SCRIPT} from '../../src/plugins/short-links/redirectPage';
import {
  HEADERS_FILE,
  collectHashes,
  headersFileText,
  scriptHash,
} from '../../src/plugins/headers/policy.mjs';
import type {LoadContext, Props} from '@docusaurus/types';
import {tempSite} from './helpers/temp-site';

const CSS =
  '@layer base,theme;' +
  '@layer base{.unused-everywhere{color:red}.navbar{height:60px}}' +
  '@layer theme{[data-theme=dark] .navbar{background:#000}.only-on-faq{margin:1rem}}' +
  '.footer{padding:2rem}';

const page = (body: string, href = '/assets/css/styles.abc.css') =>
  `<!doctype html><html lang=en class="docs-wrapper"><head><link rel=stylesheet href=${href} /></head><body>${body}</body></html>`;

const site = (files: Record<string, string>) => tempSite('critical-css-test-', files);

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const inlineOf = (html: string) => /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? '';

describe('inlineCriticalCss', () => {
  it("gives every page the rules any page uses, both colour modes', in the bundle's layer order", async () => {
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html': page('<nav class=navbar>Menu</nav><footer class=footer>f</footer>'),
      'faq.html': page('<nav class=navbar>Menu</nav><div class=only-on-faq>Q</div>'),
      'go/x.html': '<meta http-equiv=refresh content="0; url=/a">',
      'tr/a.html': page('<p class=unused-everywhere>other locale</p>'),
    });
    const result = await inlineCriticalCss(dir, '/', ['tr']);
    expect(result.pages).toBe(2);
    const a = inlineOf(read(dir, 'a.html'));
    expect(a).toBe(inlineOf(read(dir, 'faq.html')));
    expect(a.startsWith('@layer base,theme;')).toBe(true);
    expect(a).toContain('.navbar{height:60px}');
    expect(a).toContain('[data-theme=dark] .navbar{background:#000}');
    expect(a).toContain('.only-on-faq');
    expect(a).toContain('.footer');
    // Used by no page of this locale (the Turkish folder is another build's).
    expect(a).not.toContain('unused-everywhere');
    // The redirect page and the other locale's page are left alone; the bundle too.
    expect(read(dir, 'go/x.html')).not.toContain('<style>');
    expect(read(dir, 'tr/a.html')).not.toContain('<style>');
    expect(read(dir, 'assets/css/styles.abc.css')).toBe(CSS);
  });

  it('loads the bundle without blocking the first paint, and as before without JavaScript', async () => {
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html': page('<nav class=navbar></nav>'),
    });
    await inlineCriticalCss(dir, '/');
    const html = read(dir, 'a.html');
    expect(html).toContain(
      `<link rel=stylesheet href=/assets/css/styles.abc.css media=print data-first-screen><script>${SWAP_SCRIPT}</script><noscript><link rel=stylesheet href=/assets/css/styles.abc.css></noscript>`,
    );
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html.match(/<link rel=stylesheet/g)).toHaveLength(2);
  });

  it('starts the entry scripts after the first paint, in their order, downloading them at once', async () => {
    const scripts =
      '<script src=/assets/js/runtime~main.aa.js defer></script><script src=/assets/js/main.bb.js defer></script>';
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html': page('<nav class=navbar></nav>').replace('</head>', `${scripts}</head>`),
    });
    const result = await inlineCriticalCss(dir, '/');
    const html = read(dir, 'a.html');
    expect(html).not.toContain('<script src=');
    expect(html).toContain(
      `<link rel=preload as=script href=/assets/js/runtime~main.aa.js data-after-paint><link rel=preload as=script href=/assets/js/main.bb.js data-after-paint><script>${AFTER_PAINT_SCRIPT}</script></head>`,
    );
    // The policy lets the starter run.
    expect(result.hashes).toEqual(await collectHashes(dir));
    expect(result.hashes.scripts).toContain(scriptHash(AFTER_PAINT_SCRIPT));
  });

  it('by default keeps the render-blocking link and rewrites only the scripts', async () => {
    const scripts =
      '<script src=/assets/js/runtime~main.aa.js defer></script><script src=/assets/js/main.bb.js defer></script>';
    const written = page('<nav class=navbar></nav>').replace('</head>', `${scripts}</head>`);
    const dir = site({'assets/css/styles.abc.css': CSS, 'a.html': written});
    const result = await inlineCriticalCss(dir, '/', [], undefined, {
      inlineCss: inlinesFirstScreenCss({}),
    });
    const html = read(dir, 'a.html');
    expect(html).toContain('<link rel=stylesheet href=/assets/css/styles.abc.css />');
    expect(html).not.toContain('<style>');
    expect(html).not.toContain('media=print');
    expect(html).toContain(`<script>${AFTER_PAINT_SCRIPT}</script></head>`);
    expect(result.css).toBeUndefined();
    // The policy holds what the pages have: the starter, no swap script, no inline style.
    expect(result.hashes).toEqual(await collectHashes(dir));
    expect(result.hashes.scripts).not.toContain(scriptHash(SWAP_SCRIPT));
    expect(inlinesFirstScreenCss({SITE_FIRST_SCREEN_CSS: 'inline'})).toBe(true);
  });

  it('fails on an entry script in a form it does not know', () => {
    expect(() =>
      scriptsAfterPaint(
        '<head><script type=module src=/assets/js/main.bb.js></script></head>',
        'a.html',
      ),
    ).toThrow(/a\.html loads a script in a form not matched/);
    expect(scriptsAfterPaint('<head><script src=/x.js></script></head>', 'a.html')).toBe(
      '<head><script src=/x.js></script></head>',
    );
  });

  it("reads a locale's bundle under its base URL", async () => {
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html': page('<nav class=navbar></nav>', '/tr/assets/css/styles.abc.css'),
    });
    await inlineCriticalCss(dir, '/tr/');
    expect(inlineOf(read(dir, 'a.html'))).toContain('.navbar{height:60px}');
  });

  it('keeps icons drawn from data URLs whole, and rebases relative URLs to the bundle', async () => {
    const icon =
      'data:image/svg+xml;utf8,<svg xmlns=\\"http://www.w3.org/2000/svg\\"><path d=\\"M0 0\\"/></svg>';
    const dir = site({
      'assets/css/styles.abc.css': `.navbar{background:url("${icon}") no-repeat}.footer{background:url(img/wave.png)}`,
      'a.html': page('<nav class=navbar></nav><footer class=footer></footer>'),
    });
    await inlineCriticalCss(dir, '/');
    const css = inlineOf(read(dir, 'a.html'));
    expect(css).toContain(
      'url("data:image/svg+xml;utf8,<svg xmlns=%22http://www.w3.org/2000/svg%22><path d=%22M0 0%22/></svg>")',
    );
    expect(css).toContain('url(/assets/css/img/wave.png)');
  });

  it('fails loudly when pages name the stylesheet in a form it does not match', async () => {
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html':
        '<html><head><link href="/assets/css/styles.abc.css" rel="stylesheet"></head></html>',
    });
    await expect(inlineCriticalCss(dir, '/')).rejects.toThrow(/in a form not matched/);
  });
});

describe('parts', () => {
  it('finds the one stylesheet a page links, none on a redirect page', () => {
    expect(stylesheetHref(page(''), 'a.html')).toBe('/assets/css/styles.abc.css');
    expect(stylesheetHref('<meta http-equiv=refresh content="0; url=/a">', 'b.html')).toBe(
      undefined,
    );
  });

  it('keeps a page only when it brings a tag, class or attribute no kept page has', () => {
    const sample = coveringSample<string>([
      ['a', new Set(['p', '.x'])],
      ['b', new Set(['p'])],
      ['c', new Set(['.x', '[open'])],
    ]);
    expect(sample).toEqual(['a', 'c']);
  });

  it("samples pages by the classes and attributes the bundle's selectors name only", () => {
    const named = bundleTokens('.navbar{x:y}a[href^=http]{x:y}[data-theme=dark] .b{x:y}');
    expect(named).toEqual(new Set(['.navbar', '[href', '[data-theme', '.b']));
    expect(
      selectorTokens('<html class="docs-doc-id-a navbar"><a href=/x data-id=1>x</a></html>', named),
    ).toEqual(new Set(['html', '.navbar', 'a', '[href']));
  });

  it('names the layers in the order the bundle first names them', () => {
    expect(layerOrder('@layer a{x{}}@layer b,c;@layer a{y{}}')).toBe('@layer a,b,c;');
    expect(layerOrder('p{margin:0}')).toBe('');
  });
});

describe('data URLs', () => {
  it('writes escaped quotes of quoted data URLs as percent escapes, and nothing else', () => {
    expect(encodeDataUrlQuotes(`a{b:url('data:x,<p class=\\'y\\'>')}`)).toBe(
      "a{b:url('data:x,<p class=%27y%27>')}",
    );
    const untouched = `a{b:url("img/\\"odd.png");c:url("data:x,plain");d:url(data:x,bare)}`;
    expect(encodeDataUrlQuotes(untouched)).toBe(untouched);
  });

  it('names a quoted URL rebased as a path', () => {
    expect(rebasedQuotedUrl('a{b:url(/assets/css/"data:x,<svg>")}')).toMatch(
      /^url\(\/assets\/css\/"data/,
    );
    expect(rebasedQuotedUrl('a{b:url("data:x");c:url(/img/a.png)}')).toBeUndefined();
  });
});

describe('one pass over the pages for the inline CSS and the policy', () => {
  const pages = () => ({
    'assets/css/styles.abc.css': CSS,
    'a.html': page(
      '<script>theme()</script><nav class=navbar>Menu</nav>' +
        '<script type="application/ld+json">{"a":1}</script><script src=/x.js></script>',
    ),
    'b/c.html': page('<style>p{margin:0}</style><script type=module>later()</script>'),
    'go/x.html': `<meta http-equiv=refresh content="0; url=/a"><script>${REDIRECT_SCRIPT}</script>`,
  });

  it("gives the hashes a full read of the rewritten pages gives: each page's scripts and styles, and what the rewrite added", async () => {
    const dir = site(pages());
    const result = await inlineCriticalCss(dir, '/');
    const read = await collectHashes(dir);
    expect(result.hashes).toEqual(read);
    expect(read.scripts).toContain(scriptHash(SWAP_SCRIPT));
    expect(read.styles).toContain(scriptHash(result.css!));
    expect(result.files).toBe(3);
  });

  it('lets the headers plugin write the _headers a full read of the pages writes', async () => {
    const dir = site(pages());
    const context = {
      baseUrl: '/',
      outDir: dir,
      i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en']},
    } as unknown as LoadContext;
    const props = {outDir: dir} as Props;
    // Side by side, as Docusaurus runs plugins' postBuild hooks.
    await Promise.all([
      criticalCss(context).postBuild!(props as never),
      securityHeaders(context).postBuild!(props as never),
    ]);
    const read = await collectHashes(dir, [scriptHash(REDIRECT_SCRIPT)]);
    expect(fs.readFileSync(path.join(dir, HEADERS_FILE), 'utf8')).toBe(
      headersFileText(read.scripts, read.styles),
    );
  });

  it("keeps every locale's hashes when one process builds them all, the default first", async () => {
    const dir = site({
      'assets/css/styles.abc.css': CSS,
      'a.html': page('<script>english()</script><nav class=navbar>Menu</nav>'),
      'tr/assets/css/styles.abc.css': CSS,
      'tr/a.html': page(
        '<script>turkish()</script><footer class=footer>f</footer>',
        '/tr/assets/css/styles.abc.css',
      ),
    });
    for (const [locale, baseUrl] of [
      ['en', '/'],
      ['tr', '/tr/'],
    ] as const) {
      // Docusaurus may load the site's plugins anew for each locale.
      vi.resetModules();
      const {default: css} = await import('../../src/plugins/critical-css');
      const {default: headers} = await import('../../src/plugins/headers');
      const outDir = path.join(dir, baseUrl);
      const context = {
        baseUrl,
        outDir,
        i18n: {currentLocale: locale, defaultLocale: 'en', locales: ['en', 'tr']},
      } as unknown as LoadContext;
      await Promise.all([
        css(context).postBuild!({outDir} as never),
        headers(context).postBuild!({outDir} as never),
      ]);
    }
    const read = await collectHashes(dir, [scriptHash(REDIRECT_SCRIPT)]);
    expect(read.scripts).toContain(scriptHash('english()'));
    expect(read.scripts).toContain(scriptHash('turkish()'));
    expect(fs.readFileSync(path.join(dir, HEADERS_FILE), 'utf8')).toBe(
      headersFileText(read.scripts, read.styles),
    );
  });
});
