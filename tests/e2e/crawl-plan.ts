/**
 * Which pages the browser crawl visits.
 *
 * In:  the build (`build/`, or `E2E_SITE_DIR`'s), git (the branch against
 *      main) and `CRAWL=full`. Out: the pages to crawl, each with why it was
 *      chosen, and the kinds of page this build lacks.
 * Why: a browser costs 5-10 s a page (axe five times, JavaScript off):
 *      every page of a 1,600-page site is hours. What can be read from the
 *      HTML is checked on every page by `npm run check:build`; the browser
 *      sees each kind of page once (they share their layout and scripts),
 *      a fixed sample of the rest, and every page whose source this branch
 *      changed. `CRAWL=full` (`npm run test:crawl:full`) visits them all.
 */
import crypto from 'node:crypto';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUILD_DIR,
  REPO_DIR,
  SITE_DIR,
  declaredTranslationType,
  fileForPath,
  listAllPages,
  localeOfPath,
  type BuiltPage,
} from './built-site';

/** The kinds every site may have; a construct of tests/fixtures/site is a kind of its own. */
export const KINDS = [
  'article',
  'MT article',
  'FAQ',
  'landing',
  'home',
  'search',
  '404',
  'redirect',
  'archived version',
] as const;

/** Pages of the rest of the site crawled on each run, chosen by a hash of their path. */
export const SAMPLE_SIZE = 2;
const SAMPLE_SEED = 'crawl-sample-1';

/** Doc pages of the construct fixtures (tests/fixtures/site/docs/microsoft-365/fixtures/<name>.md). */
const CONSTRUCT_PREFIX = 'microsoft-365/fixtures/';

export interface PlannedPage extends BuiltPage {
  /** Why it is crawled: its kinds, `sample`, `changed: <source>`, `full crawl`. */
  reasons: string[];
  redirect: boolean;
}

interface PageInfo extends BuiltPage {
  kinds: string[];
  redirect: boolean;
  /** `<locale>|<version>|<docId>` of a doc page. */
  docKey?: string;
}

/** The kinds of one built page, read from its HTML with patterns that Docusaurus 3 writes. */
function describe(page: BuiltPage): PageInfo {
  const html = fs.readFileSync(path.join(BUILD_DIR, page.file), 'utf8');
  const locale = localeOfPath(page.urlPath);
  if (/<meta[^>]*http-equiv=["']?refresh/i.test(html.slice(0, 4000)))
    return {...page, kinds: ['redirect'], redirect: true};
  const htmlTag = /<html[^>]*>/i.exec(html)?.[0] ?? '';
  const docId = /docs-doc-id-([^\s"']+)/.exec(htmlTag)?.[1];
  const version = /docs-version-([^\s"']+)/.exec(htmlTag)?.[1];
  const kinds: string[] = [];
  const base = path.basename(page.file);
  if (base === '404.html') kinds.push('404');
  if (/(^|\/)search$/.test(page.urlPath)) kinds.push('search');
  if (page.urlPath === '/' || /^\/[^/]+\/$/.test(page.urlPath)) kinds.push('home');
  if (/"@type"\s*:\s*"FAQPage"/.test(html)) kinds.push('FAQ');
  if (/class=("[^"]*\s|"|)msdocs-landing[\s">]/.test(html)) kinds.push('landing');
  if (docId && version) {
    if (version !== 'current') kinds.push('archived version');
    const folder = version === 'current' ? 'current' : `version-${version}`;
    const source = ['.md', '.mdx']
      .map((ext) =>
        path.join('i18n', locale, 'docusaurus-plugin-content-docs', folder, `${docId}${ext}`),
      )
      .find((f) => fs.existsSync(path.join(SITE_DIR, f)));
    const mt =
      locale !== 'en' &&
      (source
        ? declaredTranslationType(source) === 'MT'
        : /data-translation-notice=["']?machine/.test(html));
    if (mt) kinds.push('MT article');
    else if (version === 'current' && !kinds.includes('FAQ') && !kinds.includes('landing'))
      kinds.push('article');
    if (docId.startsWith(CONSTRUCT_PREFIX))
      kinds.push(`construct ${docId.slice(CONSTRUCT_PREFIX.length)}`);
  }
  return {
    ...page,
    kinds,
    redirect: false,
    docKey: docId && version ? `${locale}|${version}|${docId}` : undefined,
  };
}

function git(args: string[]): string[] | undefined {
  try {
    return execFileSync('git', args, {cwd: REPO_DIR, encoding: 'utf8', stdio: 'pipe'})
      .split('\n')
      .filter(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * Sources this branch changed against main (committed since the merge base,
 * and uncommitted), or why there are none to add.
 */
export function changedSources(): {files: string[]; note?: string} {
  if (SITE_DIR !== REPO_DIR) return {files: [], note: 'the build is not this checkout'};
  const base = ['origin/main', 'main'].find((ref) =>
    git(['rev-parse', '--verify', '--quiet', ref]),
  );
  if (!base) return {files: [], note: 'no origin/main or main in this clone'};
  const committed = git(['diff', '--name-only', `${base}...HEAD`]);
  if (!committed) return {files: [], note: `no merge base with ${base}`};
  return {files: [...new Set([...committed, ...(git(['diff', '--name-only', 'HEAD']) ?? [])])]};
}

/** The doc page key (`<locale>|<version>|<docId>`) a changed source file builds, if any. */
export function docKeyOfSource(file: string): string | undefined {
  const doc = /^(.*)\.mdx?$/.exec(file)?.[1];
  if (!doc) return undefined;
  let m = /^docs\/(.+)$/.exec(doc);
  if (m) return `en|current|${m[1]}`;
  m = /^versioned_docs\/version-([^/]+)\/(.+)$/.exec(doc);
  if (m) return `en|${m[1]}|${m[2]}`;
  m = /^i18n\/([^/]+)\/docusaurus-plugin-content-docs\/(current|version-([^/]+))\/(.+)$/.exec(doc);
  if (m) return `${m[1]}|${m[3] ?? 'current'}|${m[4]}`;
  return undefined;
}

const sampleRank = (urlPath: string): string =>
  crypto.createHash('sha1').update(`${SAMPLE_SEED}:${urlPath}`).digest('hex');

export interface CrawlPlan {
  pages: PlannedPage[];
  /** Kinds of KINDS with no page in this build. */
  absent: string[];
  /** Why no changed pages were added, when that is the case. */
  changedNote?: string;
}

/** The pages to crawl: every page (`full`), or one per kind, a sample and the changed ones. */
export function planCrawl(full = process.env.CRAWL === 'full'): CrawlPlan {
  const infos = listAllPages().map(describe);
  if (!infos.some((p) => p.docKey))
    throw new Error(
      'No built page has a docs-doc-id-* class on <html>: Docusaurus changed how it marks doc pages; update tests/e2e/crawl-plan.ts.',
    );
  const present = new Set(infos.flatMap((p) => p.kinds));
  const absent = KINDS.filter((k) => !present.has(k));
  if (full) {
    return {pages: infos.map((p) => ({...p, reasons: ['full crawl']})), absent};
  }
  const reasons = new Map<string, string[]>();
  const add = (page: PageInfo, reason: string) =>
    reasons.set(page.file, [...(reasons.get(page.file) ?? []), reason]);
  const kinds = [...KINDS, ...[...present].filter((k) => k.startsWith('construct ')).sort()];
  for (const kind of kinds) {
    // Sorted by path, so the default locale's page comes first.
    const page = infos.find((p) => p.kinds.includes(kind));
    if (page) add(page, kind);
  }
  const {files, note} = changedSources();
  for (const source of files) {
    const key = docKeyOfSource(source);
    const page = key ? infos.find((p) => p.docKey === key) : undefined;
    if (page) add(page, `changed: ${source}`);
  }
  // Redirect pages are all alike: the one of its kind stands for them.
  const rest = infos
    .filter((p) => !reasons.has(p.file) && !p.redirect)
    .sort((a, b) => sampleRank(a.urlPath).localeCompare(sampleRank(b.urlPath)));
  for (const page of rest.slice(0, SAMPLE_SIZE)) add(page, 'sample');
  const pages = infos
    .filter((p) => reasons.has(p.file))
    .map((p) => ({...p, reasons: reasons.get(p.file)!}));
  return {pages, absent, changedNote: note};
}

/** The page a redirect page sends the reader to, as a URL path (its meta refresh target). */
export function redirectTargetPath(page: BuiltPage): string | undefined {
  const html = fs.readFileSync(path.join(BUILD_DIR, page.file), 'utf8');
  const url =
    /<meta[^>]*http-equiv=["']?refresh["']?[^>]*content=["']?[^"'>]*url=([^"'>\s]+)/i.exec(
      html,
    )?.[1];
  if (!url) return undefined;
  const target = new URL(url, `https://site.invalid${page.urlPath}`);
  return fileForPath(target.pathname) ? target.pathname : undefined;
}
