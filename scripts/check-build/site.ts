/**
 * A production build as the static checks see it: every file, and for each
 * HTML page what it declares (read once, with htmlparser2).
 *
 * In:  a build folder (`build/`) and the site folder whose sources built it
 *      (for the Turkish files' front matter). Out: `loadBuild()`, the files
 *      and pages, and the lookups the checks share: which file a URL path
 *      is served from, the locale of a path, the source of a doc.
 * Why: checks that cross pages (links, anchors, hreflang, section ids) need
 *      every page's facts at hand; reading each page once keeps a
 *      1,600-page build to seconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import {isTag} from 'domhandler';
import {importedFiles} from '../../src/msdocs/defects';
import {$, $$, attr, parseHtml, text, type Document} from './html';

export const SITE_DIR = path.resolve(__dirname, '..', '..');

export interface Locales {
  defaultLocale: string;
  locales: string[];
}

export function readLocales(siteDir: string): Locales {
  const file = path.join(siteDir, 'src', 'locales.json');
  const fallback = path.join(SITE_DIR, 'src', 'locales.json');
  return JSON.parse(fs.readFileSync(fs.existsSync(file) ? file : fallback, 'utf8')) as Locales;
}

/** `tr/index.html` -> `/tr/`; `tr/x.html` -> `/tr/x` (trailingSlash: false). */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file.slice(0, -'.html'.length)}`;
}

/** The locale a URL path belongs to: `/tr/...` is Turkish, the rest the default locale. */
export function localeOfPath(urlPath: string, {defaultLocale, locales}: Locales): string {
  const first = urlPath.split('/')[1];
  return locales.find((l) => l !== defaultLocale && l === first) ?? defaultLocale;
}

/** `<meta http-equiv="refresh">` (short links, Microsoft-style addresses): its target, raw. */
export function redirectTarget(html: string): string | undefined {
  const head = html.slice(0, 4000);
  const meta = /<meta[^>]*http-equiv=["']?refresh["']?[^>]*>/i.exec(head)?.[0];
  if (!meta) return undefined;
  const content = /content=(?:"([^"]*)"|'([^']*)'|([^\s>]*))/i.exec(meta);
  const value = content?.[1] ?? content?.[2] ?? content?.[3] ?? '';
  return /url\s*=\s*['"]?([^'"]*)/i.exec(value)?.[1]?.trim() ?? '';
}

export interface Sections {
  /** Section ids in page order: headings, decision-table rows, callouts with an id. */
  ids: string[];
  /** Section headings (h2-h6) with their text and id. */
  headings: {text: string; id: string | undefined}[];
  /** The title's (h1) id. */
  titleId?: string;
  /** Old section ids kept by anchor aliases (src/msdocs/remark/anchor-aliases.ts) and where they lead. */
  aliases: {id: string; to: string}[];
}

export interface PageFacts {
  file: string;
  urlPath: string;
  locale: string;
  /** The meta refresh target of a redirect page; such a page has no other facts. */
  redirect?: string;
  lang?: string;
  canonical: string[];
  alternates: {hreflang: string; href: string}[];
  /** `<meta name="robots">` content, lower case. */
  robots: string;
  /** Every `id` and `<a name>`: what a `#fragment` can target. */
  anchors: Set<string>;
  /** Docs pages: the doc id and version Docusaurus writes into `<html class>`. */
  docId?: string;
  version?: string;
  /** Kinds of translation notice as built (`machine`, `human`, `missing`, ...). */
  translationNotices: string[];
  sections?: Sections;
  /** JSON-LD declares a `FAQPage`. */
  faq: boolean;
  /** A landing page (`.msdocs-landing`). */
  landing: boolean;
  document?: Document;
}

export interface Build {
  dir: string;
  siteDir: string;
  locales: Locales;
  /** Every file under `dir`, relative, forward slashes. */
  files: Set<string>;
  /** HTML pages (redirect pages included), sorted by URL path. */
  pages: PageFacts[];
  byFile: Map<string, PageFacts>;
}

/** The file under the build that serves a URL path, as scripts/serve.mjs resolves it. */
export function fileForPath(build: Pick<Build, 'files'>, urlPath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  clean = clean.replace(/^\/+/, '').replace(/\/+$/, '');
  if (clean.split('/').includes('..')) return undefined;
  const candidates =
    clean === '' ? ['index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((c) => build.files.has(c));
}

/** Section ids and headings of an article body (`.theme-doc-markdown`). */
function sectionsOf(doc: Document): Sections | undefined {
  const body = $('.theme-doc-markdown', doc);
  if (!body) return undefined;
  const headings = $$('h2, h3, h4, h5, h6', body).map((el) => {
    const own = el.children.filter(
      (c) =>
        !isTag(c) ||
        !(c.name === 'button' || (c.name === 'a' && /\bhash-link\b/.test(c.attribs.class ?? ''))),
    );
    return {text: text(own).replace(/\s+/g, ' ').trim(), id: attr(el, 'id')};
  });
  const ids = $$(
    'h2[id], h3[id], h4[id], h5[id], h6[id], [data-decision-table] tr[id], [data-callout][id]',
    body,
  ).map((el) => attr(el, 'id') ?? '');
  const title = $('h1[id]', body);
  const aliases = $$('[data-anchor-alias][id]', body).map((el) => ({
    id: attr(el, 'id') ?? '',
    to: attr(el, 'data-anchor-alias') ?? '',
  }));
  return {ids, headings, titleId: (title && attr(title, 'id')) ?? undefined, aliases};
}

/** What one built page declares. `keepDocument` keeps the parsed tree for the per-page checks. */
export function readPage(
  file: string,
  html: string,
  locales: Locales,
  keepDocument = false,
): PageFacts {
  const urlPath = urlPathOf(file);
  const base = {
    file,
    urlPath,
    locale: localeOfPath(urlPath, locales),
    canonical: [],
    alternates: [],
    robots: '',
    anchors: new Set<string>(),
    translationNotices: [],
    faq: false,
    landing: false,
  };
  const redirect = redirectTarget(html);
  if (redirect !== undefined) return {...base, redirect};
  const doc = parseHtml(html);
  const htmlEl = $('html', doc);
  const htmlClass = (htmlEl && attr(htmlEl, 'class')) ?? '';
  const anchors = new Set<string>();
  for (const el of $$('[id]', doc)) anchors.add(attr(el, 'id') ?? '');
  for (const el of $$('a[name]', doc)) anchors.add(attr(el, 'name') ?? '');
  const robots = $('meta[name="robots" i]', doc);
  return {
    ...base,
    lang: (htmlEl && attr(htmlEl, 'lang')) ?? undefined,
    canonical: $$('link[rel="canonical"]', doc).map((el) => attr(el, 'href') ?? ''),
    alternates: $$('link[rel="alternate"][hreflang]', doc).map((el) => ({
      hreflang: attr(el, 'hreflang') ?? '',
      href: attr(el, 'href') ?? '',
    })),
    robots: ((robots && attr(robots, 'content')) ?? '').toLowerCase(),
    anchors,
    docId: /(?:^| )docs-doc-id-(\S+)/.exec(htmlClass)?.[1],
    version: /(?:^| )docs-version-(\S+)/.exec(htmlClass)?.[1],
    translationNotices: $$('[data-translation-notice]', doc).map(
      (el) => attr(el, 'data-translation-notice') ?? '',
    ),
    sections: sectionsOf(doc),
    faq: $$('script[type="application/ld+json"]', doc).some((el) =>
      /"@type"\s*:\s*"FAQPage"/.test(text(el)),
    ),
    landing: $('.msdocs-landing', doc) !== null,
    document: keepDocument ? doc : undefined,
  };
}

/**
 * Whether a page was built from a file `npm run import` brought in
 * (imported-docsets.json: current version, English paths, any letter case).
 */
export function importedPages(
  build: Pick<Build, 'siteDir' | 'locales' | 'byFile'>,
): (file: string) => boolean {
  const imported = new Set(
    [...(importedFiles(build.siteDir).get(build.locales.defaultLocale) ?? [])].map((f) =>
      f.toLowerCase(),
    ),
  );
  return (file) => {
    const page = build.byFile.get(file);
    if (!page?.docId || page.version !== 'current') return false;
    return ['.md', '.mdx', '.yml'].some((ext) => imported.has(`${page.docId}${ext}`.toLowerCase()));
  };
}

/** Every file of a build folder, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No build in ${dir}: run "npm run build" first.`);
  }
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** HTML pages of a build: every `.html` file outside Docusaurus' assets. */
export const isPageFile = (f: string): boolean => f.endsWith('.html') && !f.startsWith('assets/');

/** Source of a doc, by its id, in a docs folder of the site: `<dir>/<id>.md(x)` or a `.yml` page. */
export function docSource(siteDir: string, dir: string, docId: string): string | undefined {
  return ['.md', '.mdx', '.yml']
    .map((ext) => path.join(dir, `${docId}${ext}`))
    .find((f) => fs.existsSync(path.join(siteDir, f)));
}

/** The folder of a version's translated docs: `current` or `version-<name>`. */
export const versionFolder = (version: string): string =>
  version === 'current' ? 'current' : `version-${version}`;

/**
 * The `ms.translationtype` a Markdown source declares (`MT`, `HT`, ...), read
 * from its front matter without the site's own parser, so the page is
 * checked against the file and not against itself. Keys match in any letter
 * case, as Microsoft's files spell them both ways.
 */
export function declaredTranslationType(siteDir: string, sourceFile: string): string | undefined {
  const source = fs.readFileSync(path.join(siteDir, sourceFile), 'utf8').replace(/^\uFEFF/, '');
  // A FAQ or landing `.yml` page keeps these keys under `metadata:`, indented.
  const yml = sourceFile.endsWith('.yml');
  const frontMatter = yml ? source : /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)?.[1];
  if (!frontMatter) return undefined;
  const key = yml
    ? /^[ \t]+ms\.translationtype[ \t]*:[ \t]*(.*)$/im
    : /^ms\.translationtype[ \t]*:[ \t]*(.*)$/im;
  const value = key.exec(frontMatter)?.[1]?.trim();
  return value ? value.replace(/^(['"])(.*)\1$/, '$2').toUpperCase() : undefined;
}

/** The Turkish (non-default locale) source of a doc page in its version, if there is one. */
export function translationSource(
  siteDir: string,
  locale: string,
  docId: string,
  version: string,
): string | undefined {
  return docSource(
    siteDir,
    path.join('i18n', locale, 'docusaurus-plugin-content-docs', versionFolder(version)),
    docId,
  );
}
