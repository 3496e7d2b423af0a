/**
 * The static checks of a build (scripts/check-build), each against a tiny
 * build written here: a clean one passes, and each property broken on its
 * own is reported by its check, naming the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CHECKS, checkBuild, formatReport, type Problem} from '../../scripts/check-build/index';
import {accessibleName, linksAndButtons, parseHtml} from '../../scripts/check-build/html';
import type {EnglishString} from '../e2e/interface-strings';
import {headersFileText, scriptHash} from '../../src/plugins/headers/policy.mjs';
import {REDIRECT_SCRIPT} from '../../src/plugins/short-links/redirectPage';
import {placeholderPng} from '../../scripts/placeholder-png.mjs';

const ORIGIN = 'https://docs.example.org';

// One interface string in English ("Search", "Next page") a Turkish page must not show.
const ENGLISH: EnglishString[] = [
  {key: 'theme.search', english: 'Search', pattern: /^(?:Search)$/u},
  {key: 'theme.next', english: 'Next page', pattern: /^(?:Next page)$/u},
];

interface PageSpec {
  lang: string;
  path: string;
  alternates: Record<string, string>;
  robots?: string;
  htmlClass?: string;
  body: string;
}

/** What the site's pages carry for link previews (src/components/LinkPreview). */
function previewTags(lang: string, p: string, article: boolean): string {
  const base = lang === 'tr' ? '/tr/' : '/';
  const [locale, other] = lang === 'tr' ? ['tr_TR', 'en_US'] : ['en_US', 'tr_TR'];
  const meta = (key: string, value: string): string =>
    `<meta ${key.startsWith('twitter:') ? 'name' : 'property'}="${key}" content="${value}">`;
  return [
    meta('og:title', 'Move licenses'),
    meta('twitter:title', 'Move licenses'),
    meta('og:description', 'How to move licenses.'),
    meta('twitter:description', 'How to move licenses.'),
    meta('og:site_name', 'Licensing'),
    meta('og:type', article ? 'article' : 'website'),
    meta('og:locale', locale),
    meta('og:locale:alternate', other),
    meta('og:url', `${ORIGIN}${p}`),
    meta('og:image', `${ORIGIN}${base}img/link-preview.png`),
    meta('og:image:type', 'image/png'),
    meta('og:image:width', '1200'),
    meta('og:image:height', '630'),
    meta('og:image:alt', 'Licensing'),
    meta('twitter:card', 'summary_large_image'),
    ...(article
      ? [
          meta('article:modified_time', '2024-05-02'),
          '<script type="application/ld+json">{"@type":"TechArticle","dateModified":"2024-05-02"}</script>',
        ]
      : []),
  ].join('');
}

function page({lang, path: p, alternates, robots, htmlClass, body}: PageSpec): string {
  const links = Object.entries(alternates)
    .map(([l, href]) => `<link rel=alternate href=${ORIGIN}${href} hreflang=${l} />`)
    .join('');
  return `<!doctype html><html lang=${lang} class="${htmlClass ?? ''}"><head><meta charset=utf-8>
<title>t</title><link rel=canonical href=${ORIGIN}${p} />${links}${previewTags(lang, p, Boolean(htmlClass))}${robots ? `<meta name=robots content="${robots}">` : ''}
</head><body><nav><a href="/">Home</a><button aria-label="${lang === 'tr' ? 'Menüyü aç' : 'Open the menu'}"><svg aria-hidden=true></svg></button></nav>
${body}<footer><a href="https://learn.microsoft.com/en-us/">Learn</a></footer></body></html>`;
}

const article = (lang: string, title: string, notice = ''): string =>
  `<main>${notice}<article><div class="theme-doc-markdown markdown"><h1>${title}</h1>
<p>${lang === 'tr' ? 'Giriş' : 'Intro'}</p><h2 id="before-you-begin">${lang === 'tr' ? 'Başlamadan önce' : 'Before you begin'}<a class="hash-link" href="#before-you-begin" aria-label="#"></a></h2>
<img src="/img/plan.png" alt="${lang === 'tr' ? 'Plan' : 'Plan'}"></div></article></main>`;

/** A clean two-locale build: homes, an article pair (Turkish: machine-translated), a short link. */
function cleanBuild(): Record<string, string | Buffer> {
  const docClass = 'docs-doc-page docs-version-current docs-doc-id-guides/move-licenses';
  return {
    'index.html': page({
      lang: 'en',
      path: '/',
      alternates: {en: '/', tr: '/tr/', 'x-default': '/'},
      body: '<main><h1>Licensing</h1><a href="/guides/move-licenses#before-you-begin">Move licenses</a></main>',
    }),
    'tr/index.html': page({
      lang: 'tr',
      path: '/tr/',
      alternates: {en: '/', tr: '/tr/', 'x-default': '/'},
      body: '<main><h1>Lisanslama</h1><a href="/tr/guides/move-licenses">Lisansları taşıma</a><input type=search aria-label="Ara"></main>',
    }),
    'guides/move-licenses.html': page({
      lang: 'en',
      path: '/guides/move-licenses',
      alternates: {
        en: '/guides/move-licenses',
        tr: '/tr/guides/move-licenses',
        'x-default': '/guides/move-licenses',
      },
      htmlClass: docClass,
      body: article('en', 'Move licenses'),
    }),
    'tr/guides/move-licenses.html': page({
      lang: 'tr',
      path: '/tr/guides/move-licenses',
      alternates: {
        en: '/guides/move-licenses',
        tr: '/tr/guides/move-licenses',
        'x-default': '/guides/move-licenses',
      },
      htmlClass: docClass,
      body: article(
        'tr',
        'Lisansları taşıma',
        '<div data-translation-notice="machine">Makine çevirisi</div>',
      ),
    }),
    'go/move.html':
      '<!DOCTYPE html><html lang="en"><head><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/guides/move-licenses"></head><body><p><a href="/guides/move-licenses">Move</a></p></body></html>',
    'img/plan.png': 'png',
    'img/link-preview.png': placeholderPng(1200, 630),
    'tr/img/link-preview.png': placeholderPng(1200, 630),
    'sitemap.xml': `<?xml version="1.0"?><urlset><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/guides/move-licenses</loc></url></urlset>`,
    'tr/sitemap.xml': `<?xml version="1.0"?><urlset><url><loc>${ORIGIN}/tr/</loc></url><url><loc>${ORIGIN}/tr/guides/move-licenses</loc></url></urlset>`,
  };
}

/** The Turkish source of the article, machine-translated. */
const SOURCES: Record<string, string> = {
  'src/locales.json': JSON.stringify({defaultLocale: 'en', locales: ['en', 'tr']}),
  'i18n/tr/docusaurus-plugin-content-docs/current/guides/move-licenses.md':
    '---\ntitle: Lisansları taşıma\nms.translationtype: MT\n---\n\nMetin.\n',
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), content);
  }
}

/** Checks a build made from the clean one with `edit` applied (file -> new content, or a change). */
async function check(
  edit: Record<string, string | Buffer | ((html: string) => string) | null> = {},
  sources: Record<string, string | null> = {},
): Promise<Problem[]> {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-build-'));
  dirs.push(siteDir);
  const files = cleanBuild();
  for (const [file, change] of Object.entries(edit)) {
    if (change === null) delete files[file];
    else files[file] = typeof change === 'function' ? change(String(files[file])) : change;
  }
  const src = {...SOURCES};
  for (const [file, content] of Object.entries(sources)) {
    if (content === null) delete src[file];
    else src[file] = content;
  }
  write(path.join(siteDir, 'build'), files);
  write(siteDir, src);
  const report = await checkBuild({
    dir: path.join(siteDir, 'build'),
    siteDir,
    englishStrings: ENGLISH,
  });
  return report.problems;
}

const ARTICLE = 'guides/move-licenses.html';
const TR_ARTICLE = 'tr/guides/move-licenses.html';
const only = (problems: Problem[]) => problems.map((p) => `${p.file}: ${p.check}`);

describe('check:build', () => {
  it('passes a clean build and counts its pages and redirect pages', async () => {
    expect(await check()).toEqual([]);
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-build-'));
    dirs.push(siteDir);
    write(path.join(siteDir, 'build'), cleanBuild());
    write(siteDir, SOURCES);
    const report = await checkBuild({
      dir: path.join(siteDir, 'build'),
      siteDir,
      englishStrings: ENGLISH,
    });
    expect([report.pages, report.redirects]).toEqual([4, 1]);
    expect(formatReport(report, 'build')).toContain('4 pages and 1 redirect pages checked');
  });

  it('reports a link to a page that does not exist', async () => {
    const problems = await check({
      'index.html': (h) => h.replace('/guides/move-licenses#', '/guides/moved#'),
    });
    expect(only(problems)).toEqual([`index.html: ${CHECKS.links}`]);
    expect(problems[0]!.reason).toContain('/guides/moved');
  });

  it('reports a link to an anchor the target page lacks', async () => {
    const problems = await check({
      'index.html': (h) => h.replace('#before-you-begin', '#prerequisites'),
    });
    expect(only(problems)).toEqual([`index.html: ${CHECKS.links}`]);
    expect(problems[0]!.reason).toContain('"prerequisites"');
  });

  it('follows a link to a redirect page to the anchor on its target', async () => {
    const ok = await check({
      'tr/index.html': (h) => h.replace('/tr/guides/move-licenses', '/go/move#before-you-begin'),
    });
    expect(ok).toEqual([]);
    const broken = await check({
      'tr/index.html': (h) => h.replace('/tr/guides/move-licenses', '/go/move#gone'),
    });
    expect(only(broken)).toEqual([`tr/index.html: ${CHECKS.links}`]);
  });

  it('reports an external link on a host not allowed, and one that is not https', async () => {
    const problems = await check({
      'index.html': (h) =>
        h.replace(
          '</main>',
          '<a href="https://example.com/x">x</a><a href="http://learn.microsoft.com/">y</a></main>',
        ),
    });
    expect(only(problems)).toEqual([
      `index.html: ${CHECKS.external}`,
      `index.html: ${CHECKS.external}`,
    ]);
  });

  it("reports findings from an imported article's text apart, without failing; not the site's own", async () => {
    const offList = (h: string) =>
      h.replace('<p>Intro</p>', '<p>Intro <a href="https://example.com/x">x</a></p>');
    const imported = JSON.stringify({
      docsets: [{path: 'guides', files: {en: ['guides/move-licenses.md']}}],
    });
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-build-'));
    dirs.push(siteDir);
    const files = cleanBuild();
    files[ARTICLE] = offList(String(files[ARTICLE]));
    write(path.join(siteDir, 'build'), files);
    write(siteDir, {...SOURCES, 'imported-docsets.json': imported});
    const report = await checkBuild({
      dir: path.join(siteDir, 'build'),
      siteDir,
      englishStrings: ENGLISH,
    });
    expect(report.problems).toEqual([]);
    expect(only(report.imported)).toEqual([`${ARTICLE}: ${CHECKS.external}`]);
    expect(formatReport(report, 'build')).toMatch(/imported content \(reported, not failed\): 1/);
    // The same link in the team's own article fails.
    expect(only(await check({[ARTICLE]: offList}))).toEqual([`${ARTICLE}: ${CHECKS.external}`]);
  });

  it('reports a link and a button without an accessible name', async () => {
    const problems = await check({
      'index.html': (h) =>
        h.replace(
          '</main>',
          '<a href="/"><svg aria-hidden="true"></svg></a><button></button></main>',
        ),
    });
    expect(only(problems)).toEqual([`index.html: ${CHECKS.names}`, `index.html: ${CHECKS.names}`]);
  });

  it('reports a page with two h1 headings and a page with none', async () => {
    const problems = await check({
      'index.html': (h) => h.replace('</main>', '<h1>Again</h1></main>'),
      'tr/index.html': (h) => h.replace('<h1>Lisanslama</h1>', '<p>Lisanslama</p>'),
    });
    expect(only(problems)).toEqual([`index.html: ${CHECKS.h1}`, `tr/index.html: ${CHECKS.h1}`]);
  });

  it('reports a Turkish page that says it is English', async () => {
    const problems = await check({
      'tr/index.html': (h) => h.replace('<html lang=tr', '<html lang=en'),
    });
    expect(only(problems)).toContain(`tr/index.html: ${CHECKS.lang}`);
  });

  it('reports a canonical link to another page', async () => {
    // The site writes og:url with the canonical link (SiteMetadata, ArticleHead).
    const problems = await check({
      [ARTICLE]: (h) =>
        h
          .replace(`canonical href=${ORIGIN}/guides/move-licenses`, `canonical href=${ORIGIN}/`)
          .replace(
            `"og:url" content="${ORIGIN}/guides/move-licenses"`,
            `"og:url" content="${ORIGIN}/"`,
          ),
    });
    expect(only(problems)).toEqual([`${ARTICLE}: ${CHECKS.canonical}`]);
  });

  it('reports an hreflang alternate that does not link back, and one to a missing page', async () => {
    const problems = await check({
      [TR_ARTICLE]: (h) =>
        h.replace(`href=${ORIGIN}/guides/move-licenses hreflang=en`, `href=${ORIGIN}/ hreflang=en`),
      'index.html': (h) =>
        h.replace(`href=${ORIGIN}/tr/ hreflang=tr`, `href=${ORIGIN}/tr/missing hreflang=tr`),
    });
    // The Turkish home page too: the English one no longer links back to it.
    expect(only(problems)).toEqual([
      `index.html: ${CHECKS.hreflang}`,
      `${ARTICLE}: ${CHECKS.hreflang}`,
      `tr/index.html: ${CHECKS.hreflang}`,
      `${TR_ARTICLE}: ${CHECKS.hreflang}`,
    ]);
  });

  it('reports an indexable page missing from sitemap.xml and a noindex page listed there', async () => {
    const problems = await check({
      'sitemap.xml': (x) => x.replace(`<url><loc>${ORIGIN}/guides/move-licenses</loc></url>`, ''),
      'tr/index.html': (h) =>
        h.replace('<title>', '<meta name=robots content="noindex, nofollow"><title>'),
    });
    expect(only(problems)).toEqual([
      `${ARTICLE}: ${CHECKS.robots}`,
      `tr/index.html: ${CHECKS.robots}`,
    ]);
  });

  it('reports an image without alt text', async () => {
    const problems = await check({[ARTICLE]: (h) => h.replace(' alt="Plan"', '')});
    expect(only(problems)).toEqual([`${ARTICLE}: ${CHECKS.alt}`]);
  });

  it('reports a machine translation without its notice, and a notice on a human translation', async () => {
    const missing = await check({
      [TR_ARTICLE]: (h) =>
        h.replace('<div data-translation-notice="machine">Makine çevirisi</div>', ''),
    });
    expect(only(missing)).toEqual([`${TR_ARTICLE}: ${CHECKS.mtNotice}`]);
    const human = await check(
      {},
      {
        'i18n/tr/docusaurus-plugin-content-docs/current/guides/move-licenses.md':
          '---\ntitle: Lisansları taşıma\nms.translationtype: HT\n---\n\nMetin.\n',
      },
    );
    expect(only(human)).toEqual([`${TR_ARTICLE}: ${CHECKS.mtNotice}`]);
  });

  it('reports an untranslated article whose Turkish page lacks the "not yet translated" notice', async () => {
    const problems = await check(
      {[TR_ARTICLE]: (h) => h.replace(/<div data-translation-notice="machine">[^<]*<\/div>/, '')},
      {'i18n/tr/docusaurus-plugin-content-docs/current/guides/move-licenses.md': null},
    );
    expect(only(problems)).toEqual([`${ARTICLE}: ${CHECKS.missing}`]);
    const shown = await check(
      {
        [TR_ARTICLE]: (h) =>
          h.replace(
            'data-translation-notice="machine">Makine çevirisi',
            'data-translation-notice="missing">Henüz çevrilmedi',
          ),
      },
      {'i18n/tr/docusaurus-plugin-content-docs/current/guides/move-licenses.md': null},
    );
    expect(shown).toEqual([]);
    // Not yet translated: its canonical may name the English page (ArticleHead)...
    const toEnglish = (h: string) =>
      h
        .replace(
          `rel=canonical href=${ORIGIN}/tr/guides/move-licenses `,
          `rel=canonical href=${ORIGIN}/guides/move-licenses `,
        )
        .replace(`"og:url" content="${ORIGIN}/tr/`, `"og:url" content="${ORIGIN}/`);
    const notice = (h: string) =>
      h.replace(
        'data-translation-notice="machine">Makine çevirisi',
        'data-translation-notice="missing">Henüz çevrilmedi',
      );
    const untranslated = {
      'i18n/tr/docusaurus-plugin-content-docs/current/guides/move-licenses.md': null,
    };
    expect(await check({[TR_ARTICLE]: (h) => toEnglish(notice(h))}, untranslated)).toEqual([]);
    // ...a translated page may not.
    expect(only(await check({[TR_ARTICLE]: toEnglish}))).toEqual([
      `${TR_ARTICLE}: ${CHECKS.canonical}`,
    ]);
  });

  it('reports an English interface string on a Turkish page, not in the article', async () => {
    const problems = await check({
      'tr/index.html': (h) => h.replace('aria-label="Ara"', 'aria-label="Search"'),
    });
    expect(only(problems)).toEqual([`tr/index.html: ${CHECKS.english}`]);
    expect(problems[0]!.reason).toContain('theme.search');
    // The same words inside the Turkish article body are content, not interface.
    const inArticle = await check({
      [TR_ARTICLE]: (h) => h.replace('<p>Giriş</p>', '<p>Next page</p>'),
    });
    expect(inArticle).toEqual([]);
  });

  it('reports section ids that differ between the languages', async () => {
    const problems = await check({
      [TR_ARTICLE]: (h) => h.replaceAll('before-you-begin', 'baslamadan-once'),
    });
    expect(only(problems)).toEqual([`${ARTICLE}: ${CHECKS.sectionIds}`]);
    expect(problems[0]!.reason).toContain('baslamadan-once');
  });

  it('reports a redirect page whose target does not exist, and only that on a redirect page', async () => {
    const problems = await check({
      'go/move.html': (h) =>
        h.replaceAll('/guides/move-licenses', '/guides/gone').replace('<p>', '<p><img src=x>'),
    });
    expect(only(problems)).toEqual([`go/move.html: ${CHECKS.redirect}`]);
  });
});

describe('accessible names', () => {
  const names = (html: string) => {
    const doc = parseHtml(html);
    return linksAndButtons(doc).map(({role, el}) => `${role}:${accessibleName(el, doc)}`);
  };

  it('come from text, aria-label, aria-labelledby, title and image alt; hidden controls are left out', () => {
    expect(
      names(`<a href=/a>Text</a><a href=/b aria-label="Label"></a><span id=l>Referenced</span>
<button aria-labelledby=l></button><a href=/c title="Title"></a><a href=/d><img src=x alt="Alt"></a>
<button hidden></button><div aria-hidden=true><a href=/e></a></div><a>not a link</a>`),
    ).toEqual(['link:Text', 'link:Label', 'link:Title', 'link:Alt', 'button:Referenced']);
  });
});

describe('inline scripts and the Content-Security-Policy (src/plugins/headers)', () => {
  const SCRIPT = 'document.documentElement.dataset.theme = "dark";';
  const withScript = (html: string, script = SCRIPT) =>
    html.replace('</head>', `<script>${script}</script></head>`);
  const headers = (scripts: string[]) => headersFileText(scripts.map(scriptHash));

  it('passes when every inline script has its hash in _headers', async () => {
    const problems = await check({
      'index.html': withScript,
      'go/move.html': (html) => withScript(html, REDIRECT_SCRIPT),
      _headers: headers([SCRIPT, REDIRECT_SCRIPT]),
    });
    expect(problems.filter((p) => p.check === CHECKS.csp)).toEqual([]);
  });

  it('reports a page whose inline script the policy lacks, a redirect page too', async () => {
    const problems = await check({
      'index.html': withScript,
      'tr/index.html': (html) => withScript(html, 'console.log("added");'),
      'go/move.html': (html) => withScript(html, REDIRECT_SCRIPT),
      _headers: headers([SCRIPT]),
    });
    expect(problems.filter((p) => p.check === CHECKS.csp)).toEqual([
      {
        file: 'go/move.html',
        check: CHECKS.csp,
        reason: `inline script ${scriptHash(REDIRECT_SCRIPT)} is not allowed`,
      },
      {
        file: 'tr/index.html',
        check: CHECKS.csp,
        reason: `inline script ${scriptHash('console.log("added");')} is not allowed`,
      },
    ]);
  });

  it('reports inline scripts when the build has no _headers; data blocks need no hash', async () => {
    const problems = await check({
      'index.html': withScript,
      'guides/move-licenses.html': (html) =>
        html.replace('</head>', '<script type="application/ld+json">{"@type":"x"}</script></head>'),
    });
    expect(problems.filter((p) => p.check === CHECKS.csp)).toEqual([
      {file: 'index.html', check: CHECKS.csp, reason: "no _headers at the build's root"},
    ]);
  });
});

describe('check:build link previews', () => {
  /** The preview problems of a build with `edit` applied, as `file: reason`. */
  const previews = async (
    edit: Parameters<typeof check>[0],
    sources?: Parameters<typeof check>[1],
  ): Promise<string[]> =>
    (await check(edit, sources))
      .filter((p) => p.check === CHECKS.preview)
      .map((p) => `${p.file}: ${p.reason}`);
  const meta = (key: string) => new RegExp(`<meta (?:name|property)="${key}" content="[^"]*">`);

  it('reports a page without a title, description or site name for the preview', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) => h.replace(meta('og:title'), '').replace(meta('twitter:description'), ''),
        'index.html': (h) => h.replace(meta('og:site_name'), ''),
      }),
    ).toEqual([
      'index.html: no og:site_name',
      `${ARTICLE}: no og:title`,
      `${ARTICLE}: no twitter:description`,
      `${ARTICLE}: twitter:title "Move licenses" differs from og:title "undefined"`,
    ]);
  });

  it('reports a tag written twice (two values an unfurler must choose from)', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) =>
          h.replace('</head>', '<meta property="og:type" content="article"></head>'),
      }),
    ).toEqual([`${ARTICLE}: 2 og:type tags: ["article","article"]`]);
  });

  it("reports og:locale in the HTML form (tr) instead of Open Graph's (tr_TR), and missing alternates", async () => {
    expect(
      await previews({
        [TR_ARTICLE]: (h) =>
          h
            .replace('"og:locale" content="tr_TR"', '"og:locale" content="tr"')
            .replace(meta('og:locale:alternate'), ''),
      }),
    ).toEqual([
      `${TR_ARTICLE}: og:locale "tr", expected "tr_TR"`,
      `${TR_ARTICLE}: og:locale:alternate [], expected ["en_US"]`,
    ]);
  });

  it('reports og:type website on an article and article on the home page', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) => h.replace('"og:type" content="article"', '"og:type" content="website"'),
        'index.html': (h) =>
          h.replace('"og:type" content="website"', '"og:type" content="article"'),
      }),
    ).toEqual([
      'index.html: og:type "article", expected "website"',
      `${ARTICLE}: og:type "website", expected "article"`,
    ]);
  });

  it('reports an og:url that is not the canonical address', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) =>
          h.replace(
            `"og:url" content="${ORIGIN}/guides/move-licenses"`,
            `"og:url" content="${ORIGIN}/guides/move-licenses?x=1"`,
          ),
      }),
    ).toEqual([
      `${ARTICLE}: og:url ${ORIGIN}/guides/move-licenses?x=1 is not the canonical ${ORIGIN}/guides/move-licenses`,
    ]);
  });

  it('reports a large-image card without an image, and an image the build lacks', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) =>
          h
            .replace(meta('og:image'), '')
            .replace(meta('og:image:width'), '')
            .replace(meta('og:image:height'), '')
            .replace(meta('og:image:type'), '')
            .replace(meta('og:image:alt'), ''),
        'tr/img/link-preview.png': null,
      }),
    ).toEqual([
      `${ARTICLE}: no og:image`,
      `${ARTICLE}: no og:image:type`,
      `${ARTICLE}: no og:image:width`,
      `${ARTICLE}: no og:image:height`,
      `${ARTICLE}: no og:image:alt`,
      `${ARTICLE}: twitter:card "summary_large_image", expected "summary" for this image`,
      'tr/index.html: og:image https://docs.example.org/tr/img/link-preview.png: no such file in the build',
      'tr/index.html: twitter:card "summary_large_image", expected "summary" for this image',
      `${TR_ARTICLE}: og:image https://docs.example.org/tr/img/link-preview.png: no such file in the build`,
      `${TR_ARTICLE}: twitter:card "summary_large_image", expected "summary" for this image`,
    ]);
  });

  it('reports an image whose size or type is not the one the page declares', async () => {
    expect(
      await previews({
        'img/link-preview.png': placeholderPng(600, 315),
        [ARTICLE]: (h) =>
          h.replace('"og:image:type" content="image/png"', '"og:image:type" content="image/jpeg"'),
      }),
    ).toEqual([
      'index.html: og:image is 600x315, the page says 1200x630',
      `${ARTICLE}: og:image is 600x315, the page says 1200x630`,
      `${ARTICLE}: og:image is image/png, the page says image/jpeg`,
    ]);
  });

  it('reports an article whose modified time is not its structured data date', async () => {
    expect(
      await previews({
        [ARTICLE]: (h) => h.replace(meta('article:modified_time'), ''),
        [TR_ARTICLE]: (h) =>
          h.replace(
            '"article:modified_time" content="2024-05-02"',
            '"article:modified_time" content="02.05.2024"',
          ),
      }),
    ).toEqual([
      `${ARTICLE}: article:modified_time "", expected "2024-05-02" (its dateModified)`,
      `${TR_ARTICLE}: article:modified_time "02.05.2024", expected "2024-05-02" (its dateModified)`,
      `${TR_ARTICLE}: article:modified_time "02.05.2024" is not an ISO 8601 date`,
    ]);
  });
});
