/**
 * The production build as files, for the crawl: which pages exist, which
 * file a URL path is served from, and what each built page declares (ids,
 * lang, canonical, hreflang alternates), read from its HTML with a parser.
 *
 * In: `build/` (run `npm run build` first). Out: page list and lookups.
 * Reading targets from disk is what keeps the link and hreflang checks fast:
 * no navigation per link.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {LOCALES, type Locale} from './site';

/** This checkout: where git and the tools live. */
export const REPO_DIR = path.resolve(__dirname, '..', '..');
/**
 * The site whose build is checked: this checkout, or another copy of it
 * (`E2E_SITE_DIR`, as `npm run bench:tests` sets for its large sites).
 */
export const SITE_DIR = process.env.E2E_SITE_DIR
  ? path.resolve(process.env.E2E_SITE_DIR)
  : REPO_DIR;
export const BUILD_DIR = path.join(SITE_DIR, 'build');
const DEFAULT_LOCALE: Locale = 'en';

export interface BuiltPage {
  /** URL path the page is visited at: `/`, `/tr/`, `/tr/microsoft-365/x`. */
  urlPath: string;
  /** File under build/, with forward slashes: `tr/microsoft-365/x.html`. */
  file: string;
}

/** Every HTML page of the build, every locale and version, sorted by path; redirect pages left out. */
export function listBuiltPages(): BuiltPage[] {
  return listAllPages().filter((p) => !isRedirectPage(p.file));
}

/** Every HTML page of the build, redirect pages included, sorted by path. */
export function listAllPages(): BuiltPage[] {
  if (!fs.existsSync(path.join(BUILD_DIR, 'index.html'))) {
    throw new Error(
      `No build in ${path.relative(SITE_DIR, BUILD_DIR)}/: run "npm run build" first.`,
    );
  }
  const files = fs
    .readdirSync(BUILD_DIR, {recursive: true, encoding: 'utf8'})
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html'))
    // Docusaurus' static assets (none today) never hold pages.
    .filter((f) => !f.startsWith('assets/'));
  return files
    .map((file) => ({file, urlPath: urlPathOf(file)}))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** A page that only redirects (`<meta http-equiv="refresh">`), as src/plugins/short-links writes. */
export function isRedirectPage(file: string): boolean {
  const head = fs.readFileSync(path.join(BUILD_DIR, file), 'utf8').slice(0, 2000);
  return /<meta http-equiv=["']?refresh/i.test(head);
}

/** `tr/index.html` -> `/tr/`; `tr/x.html` -> `/tr/x` (trailingSlash: false). */
function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file.slice(0, -'.html'.length)}`;
}

/**
 * The file under build/ that serves a URL path, as scripts/serve.mjs resolves
 * it (the file itself, `<path>.html`, `<path>/index.html`), or undefined.
 */
export function fileForPath(urlPath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  clean = clean.replace(/^\/+/, '').replace(/\/+$/, '');
  const candidates =
    clean === '' ? ['index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    const full = path.join(BUILD_DIR, candidate);
    if (!full.startsWith(BUILD_DIR)) return undefined;
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return undefined;
}

/** The locale a URL path belongs to: `/tr/...` is Turkish, the rest English. */
export function localeOfPath(urlPath: string): Locale {
  const first = urlPath.split('/')[1];
  return LOCALES.find((l) => l !== DEFAULT_LOCALE && l === first) ?? DEFAULT_LOCALE;
}

export interface PageFacts {
  lang: string | undefined;
  /** Every `id` and `<a name>`: the anchors a `#fragment` can target. */
  anchors: Set<string>;
  canonical: string[];
  alternates: {hreflang: string; href: string}[];
  /** The "not yet translated" notice (built by the translation-status feature). */
  hasMissingTranslationNotice: boolean;
  /** Kinds of translation notice in the page as built (`machine`, `human`, `missing`, ...). */
  translationNotices: string[];
}

const cache = new Map<string, PageFacts>();

/** What a built HTML file declares, parsed once per file and worker. */
export function pageFacts(file: string): PageFacts {
  const cached = cache.get(file);
  if (cached) return cached;
  const $ = cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));
  const anchors = new Set<string>();
  $('[id]').each((_, el) => void anchors.add($(el).attr('id') ?? ''));
  $('a[name]').each((_, el) => void anchors.add($(el).attr('name') ?? ''));
  const facts: PageFacts = {
    lang: $('html').attr('lang'),
    anchors,
    canonical: $('link[rel="canonical"]')
      .map((_, el) => $(el).attr('href') ?? '')
      .get(),
    alternates: $('link[rel="alternate"][hreflang]')
      .map((_, el) => ({hreflang: $(el).attr('hreflang') ?? '', href: $(el).attr('href') ?? ''}))
      .get(),
    hasMissingTranslationNotice: $('[data-translation-notice="missing"]').length > 0,
    translationNotices: $('[data-translation-notice]')
      .map((_, el) => $(el).attr('data-translation-notice') ?? '')
      .get(),
  };
  cache.set(file, facts);
  return facts;
}

/**
 * The `ms.translationtype` a Markdown source declares (`MT`, `HT`, ...), read
 * from its front matter without the site's own parser, so the crawl checks
 * the page against the file and not against itself. Keys match in any
 * letter case, as Microsoft's files spell them both ways.
 */
export function declaredTranslationType(sourceFile: string): string | undefined {
  const text = fs.readFileSync(path.join(SITE_DIR, sourceFile), 'utf8').replace(/^\uFEFF/, '');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (!frontMatter) return undefined;
  const value = /^ms\.translationtype[ \t]*:[ \t]*(.*)$/im.exec(frontMatter)?.[1]?.trim();
  return value ? value.replace(/^(['"])(.*)\1$/, '$2').toUpperCase() : undefined;
}
