/**
 * The production build as files, for the crawl: which pages exist, which
 * file a URL path is served from, and what each built page declares (ids,
 * lang, canonical, hreflang alternates).
 *
 * In: `build/` (run `npm run build` first). Out: page list and lookups.
 * Why: reading targets from disk is what keeps the link and hreflang checks
 *      fast: no navigation per link. The facts are the static checks' own
 *      (scripts/check-build/site.ts): one reading of a built page for both.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  declaredTranslationType as declaredIn,
  fileForPath as fileIn,
  isPageFile,
  listFiles,
  localeOfPath as localeIn,
  readPage,
  redirectTarget,
  urlPathOf,
  type Locales,
} from '../../scripts/check-build/site';
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
const LOCALE_SETTINGS: Locales = {defaultLocale: 'en', locales: [...LOCALES]};

export interface BuiltPage {
  /** URL path the page is visited at: `/`, `/tr/`, `/tr/microsoft-365/x`. */
  urlPath: string;
  /** File under build/, with forward slashes: `tr/microsoft-365/x.html`. */
  file: string;
}

let buildFiles: Set<string> | undefined;
/** Every file of build/, listed once per worker. */
const files = (): Set<string> => (buildFiles ??= new Set(listFiles(BUILD_DIR)));

/** Every HTML page of the build, every locale and version, sorted by path; redirect pages left out. */
export function listBuiltPages(): BuiltPage[] {
  return listAllPages().filter((p) => !isRedirectPage(p.file));
}

/** Every HTML page of the build, redirect pages included, sorted by path. */
export function listAllPages(): BuiltPage[] {
  return [...files()]
    .filter(isPageFile)
    .map((file) => ({file, urlPath: urlPathOf(file)}))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

/** A page that only redirects (`<meta http-equiv="refresh">`), as src/plugins/short-links writes. */
export function isRedirectPage(file: string): boolean {
  return redirectTarget(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8')) !== undefined;
}

/**
 * The file under build/ that serves a URL path, as scripts/serve.mjs resolves
 * it (the file itself, `<path>.html`, `<path>/index.html`), or undefined.
 */
export function fileForPath(urlPath: string): string | undefined {
  return fileIn({files: files()}, urlPath);
}

/** The locale a URL path belongs to: `/tr/...` is Turkish, the rest English. */
export function localeOfPath(urlPath: string): Locale {
  return localeIn(urlPath, LOCALE_SETTINGS) as Locale;
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
  const page = readPage(file, fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'), LOCALE_SETTINGS);
  const facts: PageFacts = {
    lang: page.lang,
    anchors: page.anchors,
    canonical: page.canonical,
    alternates: page.alternates,
    hasMissingTranslationNotice: page.translationNotices.includes('missing'),
    translationNotices: page.translationNotices,
  };
  cache.set(file, facts);
  return facts;
}

/**
 * The `ms.translationtype` a Markdown source declares (`MT`, `HT`, ...), read
 * from its front matter without the site's own parser, so the crawl checks
 * the page against the file and not against itself.
 */
export function declaredTranslationType(sourceFile: string): string | undefined {
  return declaredIn(SITE_DIR, sourceFile);
}
