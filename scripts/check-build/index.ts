/**
 * Static checks over a whole production build, in one process: every page,
 * every locale, every version, on every run.
 *
 *   npm run check:build -- --dir build [--site <site dir>]
 *
 * In:  a build folder and the site folder whose sources built it (default:
 *      this repository). Out: one line per problem, by page (`file: check:
 *      reason`), and exit code 1 when there is any; `checkBuild()` returns
 *      the same for a test.
 * Why: what a page owes every reader and crawler (links and anchors that
 *      resolve, allowed external hosts, names of links and buttons, one h1,
 *      lang, canonical, hreflang, robots and sitemap, image alt text, the
 *      right translation notice, a Turkish interface, the same section ids
 *      in both languages) can be read from the built HTML. Checked here it
 *      costs milliseconds a page, so it holds for a 1,600-page site; what
 *      needs a browser (hydration, axe, JavaScript off) is the crawl's
 *      (tests/e2e/crawl.spec.ts), once per kind of page.
 *
 * Pages of kind redirect (meta refresh) only get the redirect check: their
 * target resolves. Their own body is a fallback link to the same target.
 */
import fs from 'node:fs';
import path from 'node:path';
import {getElementsByTagName} from 'domutils';
import {externalLinkProblem} from '../../src/links/allowedDomains';
import {
  HEADERS_FILE,
  inlineScriptHashes,
  inlineStyleHashes,
  policyScriptHashes,
  policyStyleHashes,
} from '../../src/plugins/headers/policy.mjs';
import {importedFiles} from '../../src/msdocs/defects';
import {findCaseInsensitive} from '../../src/msdocs/files';
import {parseToc, type TocEntry} from '../../src/msdocs/toc';
import {
  CONTENT_SELECTORS,
  englishInterfaceStrings,
  findEnglish,
  type EnglishString,
} from '../../tests/e2e/interface-strings';
import {
  $$,
  accessibleName,
  attr,
  interfaceTexts,
  isHidden,
  linksAndButtons,
  parseHtml,
  snippet,
  text,
  type Document,
} from './html';
import {previewProblems} from './previews';
import {
  compareLedger,
  ledgerSummary,
  readLedger,
  type Ledger,
  type LedgerReport,
} from '../links/ledger';
import {
  SITE_DIR,
  declaredTranslationType,
  fileForPath,
  importedPages,
  isPageFile,
  listFiles,
  readLocales,
  readPage,
  translationSource,
  type Build,
  type PageFacts,
} from './site';

export const CHECKS = {
  links: 'internal links resolve and their anchors exist',
  external: 'external links are https on an allowed domain',
  names: 'every link and button has an accessible name',
  h1: 'exactly one h1',
  lang: '<html lang> matches the locale',
  canonical: 'one canonical link, to this page',
  hreflang: 'hreflang alternates exist, match their lang and link back',
  robots: 'robots meta and sitemap.xml agree',
  alt: 'every image has alt text',
  mtNotice:
    'the machine-translation notice is here exactly if the source says ms.translationtype: MT',
  missing: 'the Turkish version exists or shows the "not yet translated" notice',
  english: 'no English interface string',
  sectionIds: 'the same section ids in both languages',
  redirect: 'a redirect page points to a page that exists',
  csp: 'every inline script and style element has its hash in the Content-Security-Policy of _headers',
  ledger: 'a published address (links.lock.json) still resolves',
  preview: 'link previews: Open Graph and Twitter tags, the image as declared',
} as const;

export type CheckName = (typeof CHECKS)[keyof typeof CHECKS];

export interface Problem {
  /** The page, relative to the build folder (`tr/microsoft-365/x.html`). */
  file: string;
  check: CheckName;
  reason: string;
}

export interface CheckOptions {
  /** The build folder. */
  dir: string;
  /** The site whose sources built it (Turkish front matter); default: this repository. */
  siteDir?: string;
  /**
   * English interface strings a Turkish page must not show; default: derived
   * from the site's translation keys (runs write-translations once).
   */
  englishStrings?: EnglishString[];
  /**
   * The published addresses to compare the build with; default: the site's
   * links.lock.json (none: not compared); `null`: not compared.
   */
  ledger?: Ledger | null;
}

export interface BuildReport {
  pages: number;
  redirects: number;
  problems: Problem[];
  /**
   * Findings on pages built from imported docsets (imported-docsets.json)
   * that come from the upstream text, not from the site: reported, not
   * failed (the content-defect policy of imported files).
   */
  imported: Problem[];
  /** The build against links.lock.json (undefined: the site has none). */
  ledger?: LedgerReport;
}

/**
 * Checks whose findings on an imported page come from Microsoft's text: a
 * link to a host outside the allow-list, translation drift between the two
 * languages' section ids, a toc entry the Turkish toc doesn't name (its
 * English label shown, as the navigation falls back to English).
 */
const UPSTREAM: {check: CheckName; reason?: RegExp}[] = [
  {check: CHECKS.external},
  {check: CHECKS.sectionIds},
  {check: CHECKS.english, reason: /current\.json:sidebar\./},
];

/**
 * Problems known and accepted, each with its reason: a page file, a check
 * and the start of the reason. Keep it short; fix rather than add.
 */
export const ACCEPTED: {file: RegExp; check: CheckName; reason: RegExp; why: string}[] = [
  {
    file: /(^|\/)search\.html$/,
    check: CHECKS.english,
    reason: /^"Search" is the English of /,
    why:
      'the search library hard-codes the aria-label "Search" of its results page field; ' +
      'src/theme/SearchPage names it in the page language once hydrated (the crawl checks that)',
  },
];

const accepted = (p: Problem): boolean =>
  ACCEPTED.some((a) => a.check === p.check && a.file.test(p.file) && a.reason.test(p.reason));

/**
 * A page shown in another language because it has no translation yet (the
 * "not yet translated" notice) names the page in its own language as
 * canonical (src/components/ArticleMeta/ArticleHead.tsx): the same path
 * without the locale segment.
 */
function fallbackCanonical(page: PageFacts, target: string | undefined): boolean {
  if (!target || !page.translationNotices.includes('missing')) return false;
  return page.file === `${page.locale}/${target}`;
}

/** The origin a page is resolved against: internal links are those that stay on it. */
const ORIGIN = 'https://build.invalid';

/** Hrefs of the links a page shows (`a[href]`, `area[href]`). */
function hrefsOf(doc: Document): string[] {
  return [...new Set($$('a[href], area[href]', doc).map((el) => attr(el, 'href') ?? ''))];
}

/** Checks one page can answer alone, while its parsed tree is at hand. */
function pageProblems(
  page: PageFacts,
  doc: Document,
  hrefs: string[],
  english: ((texts: string[]) => string[]) | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const add = (check: CheckName, reason: string) => problems.push({file: page.file, check, reason});

  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href, `${ORIGIN}${page.urlPath}`);
    } catch {
      add(CHECKS.external, `not a valid URL: ${href}`);
      continue;
    }
    if (url.origin === ORIGIN) continue;
    const problem = externalLinkProblem(url.href);
    if (problem) add(CHECKS.external, problem);
  }

  for (const {role, el} of linksAndButtons(doc)) {
    if (!accessibleName(el, doc)) add(CHECKS.names, `${role} without a name: ${snippet(el)}`);
  }

  const h1s = $$('h1, [role="heading"][aria-level="1"]', doc).filter((el) => !isHidden(el));
  if (h1s.length !== 1) {
    const texts = h1s.map((el) => text(el).replace(/\s+/g, ' ').trim());
    add(CHECKS.h1, `${h1s.length} h1 headings: ${JSON.stringify(texts)}`);
  }

  if (page.lang !== page.locale)
    add(CHECKS.lang, `<html lang="${page.lang ?? ''}">, expected "${page.locale}"`);

  for (const img of $$('img', doc)) {
    const role = attr(img, 'role');
    if (
      attr(img, 'alt') === undefined &&
      role !== 'presentation' &&
      role !== 'none' &&
      !isHidden(img)
    )
      add(CHECKS.alt, `image without alt: ${snippet(img)}`);
  }

  if (english) {
    for (const found of english(interfaceTexts(doc, CONTENT_SELECTORS))) add(CHECKS.english, found);
  }
  return problems;
}

/** URL paths listed in the build's sitemap.xml files (every locale's). */
function sitemapPaths(build: Build): Set<string> | undefined {
  const sitemaps = [...build.files].filter(
    (f) => f === 'sitemap.xml' || f.endsWith('/sitemap.xml'),
  );
  if (!sitemaps.length) return undefined;
  const paths = new Set<string>();
  for (const file of sitemaps) {
    const xml = parseHtml(fs.readFileSync(path.join(build.dir, file), 'utf8'));
    for (const loc of getElementsByTagName('loc', xml)) {
      try {
        paths.add(new URL(text(loc).trim()).pathname);
      } catch {
        // A bad <loc> lists nothing; the page it meant is then reported as missing.
      }
    }
  }
  return paths;
}

const is404 = (file: string): boolean => file === '404.html' || file.endsWith('/404.html');

/** Checks that cross pages: links, anchors, canonical, hreflang, sitemap, notices, section ids. */
function crossPageProblems(build: Build, hrefsByFile: Map<string, string[]>): Problem[] {
  const problems: Problem[] = [];
  const {locales, siteDir} = build;
  const resolve = (urlPath: string) => fileForPath(build, urlPath);
  /** A redirect page stands for its target: where a fragment is looked for. */
  const landingFile = (file: string): string => {
    const redirect = build.byFile.get(file)?.redirect;
    if (!redirect) return file;
    const target = resolve(new URL(redirect, `${ORIGIN}/${file}`).pathname);
    return target ?? file;
  };
  const sitemap = sitemapPaths(build);
  if (!sitemap)
    problems.push({
      file: 'sitemap.xml',
      check: CHECKS.robots,
      reason: 'no sitemap.xml in the build',
    });

  for (const page of build.pages) {
    const add = (check: CheckName, reason: string) =>
      problems.push({file: page.file, check, reason});

    if (page.redirect !== undefined) {
      const target = new URL(page.redirect || '#', `${ORIGIN}${page.urlPath}`);
      if (!page.redirect) add(CHECKS.redirect, 'meta refresh without a url');
      else if (target.origin === ORIGIN && !resolve(target.pathname))
        add(
          CHECKS.redirect,
          `meta refresh to ${page.redirect}: no page or file for ${target.pathname}`,
        );
      else if (target.origin !== ORIGIN) {
        const problem = externalLinkProblem(target.href);
        if (problem) add(CHECKS.redirect, problem);
      }
      continue;
    }

    for (const href of hrefsByFile.get(page.file) ?? []) {
      let url: URL;
      try {
        url = new URL(href, `${ORIGIN}${page.urlPath}`);
      } catch {
        continue; // reported as an external link problem
      }
      if (url.origin !== ORIGIN) continue;
      const file = url.pathname === page.urlPath ? page.file : resolve(url.pathname);
      if (!file) {
        add(CHECKS.links, `broken link: ${href} (no page or file for ${url.pathname})`);
        continue;
      }
      let anchor: string;
      try {
        anchor = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
      } catch {
        add(CHECKS.links, `broken anchor: ${href} (not a valid fragment)`);
        continue;
      }
      const target = build.byFile.get(landingFile(file));
      if (anchor && target && !target.redirect && !target.anchors.has(anchor))
        add(
          CHECKS.links,
          `broken anchor: ${href} (no id or <a name> "${anchor}" in ${target.file})`,
        );
    }

    // Canonical: one, https, served by this very page.
    if (page.canonical.length !== 1)
      add(CHECKS.canonical, `${page.canonical.length} canonical links`);
    else {
      try {
        const canonical = new URL(page.canonical[0]!);
        const target = resolve(canonical.pathname);
        if (canonical.protocol !== 'https:')
          add(CHECKS.canonical, `canonical is not https: ${canonical.href}`);
        else if (target !== page.file && !fallbackCanonical(page, target))
          add(CHECKS.canonical, `canonical ${canonical.href} is served by ${target ?? 'no file'}`);
      } catch {
        add(CHECKS.canonical, `canonical is not a URL: ${page.canonical[0]}`);
      }
    }

    // hreflang: this page among them, x-default, each target exists in its language and links back.
    const servedBy = (href: string): string | undefined => {
      try {
        return resolve(new URL(href).pathname);
      } catch {
        return undefined;
      }
    };
    const origin = (() => {
      try {
        return page.canonical[0] ? new URL(page.canonical[0]).origin : undefined;
      } catch {
        return undefined;
      }
    })();
    if (!page.alternates.some((a) => a.hreflang === page.locale && servedBy(a.href) === page.file))
      add(CHECKS.hreflang, `no hreflang="${page.locale}" alternate pointing to this page`);
    if (!page.alternates.some((a) => a.hreflang === 'x-default'))
      add(CHECKS.hreflang, 'no hreflang="x-default"');
    for (const {hreflang, href} of page.alternates) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        add(CHECKS.hreflang, `hreflang="${hreflang}" ${href}: not an absolute URL`);
        continue;
      }
      if (url.origin !== origin)
        add(
          CHECKS.hreflang,
          `hreflang="${hreflang}" ${href}: not on the canonical origin ${origin}`,
        );
      const target = resolve(url.pathname);
      const facts = target ? build.byFile.get(target) : undefined;
      if (!target || !facts || facts.redirect !== undefined) {
        add(CHECKS.hreflang, `hreflang="${hreflang}" ${href}: no such page in the build`);
        continue;
      }
      if (hreflang === 'x-default') continue;
      if (facts.lang !== hreflang)
        add(CHECKS.hreflang, `hreflang="${hreflang}" ${href}: that page has lang="${facts.lang}"`);
      if (
        !facts.alternates.some((a) => a.hreflang === page.locale && servedBy(a.href) === page.file)
      )
        add(
          CHECKS.hreflang,
          `hreflang="${hreflang}" ${href}: that page has no hreflang="${page.locale}" back to this one`,
        );
    }

    // robots vs sitemap. A 404 page is answered with status 404, which no
    // search engine indexes; Docusaurus leaves it out of the sitemap.
    if (sitemap && !is404(page.file)) {
      const noindex = /\b(noindex|none)\b/.test(page.robots);
      const listed = sitemap.has(page.urlPath);
      if (noindex && listed)
        add(CHECKS.robots, `robots "${page.robots}" but listed in sitemap.xml`);
      if (!noindex && !listed)
        add(CHECKS.robots, 'indexable (no robots noindex) but not in sitemap.xml');
    }

    // Translation notices, against the Turkish file's front matter.
    const {docId, version} = page;
    if (docId && version) {
      const sourceLocale = page.locale === locales.defaultLocale ? undefined : page.locale;
      const source = sourceLocale
        ? translationSource(siteDir, sourceLocale, docId, version)
        : undefined;
      const type = source ? declaredTranslationType(siteDir, source) : undefined;
      const expected = type === 'MT' ? ['machine'] : type === 'HT' ? ['human'] : [];
      const found = page.translationNotices.filter((k) => k === 'machine' || k === 'human');
      if (JSON.stringify(found) !== JSON.stringify(expected)) {
        const about = type
          ? `${source} declares ms.translationtype: ${type}`
          : 'no machine or human translation';
        add(
          CHECKS.mtNotice,
          `notices ${JSON.stringify(found)}, expected ${JSON.stringify(expected)} (${about})`,
        );
      }
      if (page.locale === locales.defaultLocale) {
        for (const other of locales.locales.filter((l) => l !== locales.defaultLocale)) {
          if (translationSource(siteDir, other, docId, version)) continue;
          const otherFile = resolve(`/${other}${page.urlPath}`);
          const otherPage = otherFile ? build.byFile.get(otherFile) : undefined;
          if (!otherPage)
            add(
              CHECKS.missing,
              `no ${other} source for ${docId} (${version}) and no page /${other}${page.urlPath}`,
            );
          else if (!otherPage.translationNotices.includes('missing'))
            add(
              CHECKS.missing,
              `no ${other} source for ${docId} (${version}) and /${other}${page.urlPath} lacks [data-translation-notice="missing"]`,
            );
        }
      }
    }
  }
  problems.push(...sectionIdProblems(build));
  return problems;
}

/**
 * Section ids, per article and version: every section heading has one, none
 * is used twice, each translation has the default locale's set, and within a
 * language a heading with the same text keeps its id across versions.
 */
function sectionIdProblems(build: Build): Problem[] {
  const problems: Problem[] = [];
  const {defaultLocale, locales} = build.locales;
  const articles = build.pages.filter((p) => p.docId && p.version && p.sections);
  for (const page of articles) {
    const add = (reason: string) =>
      problems.push({file: page.file, check: CHECKS.sectionIds, reason});
    const {ids, headings} = page.sections!;
    for (const h of headings.filter((h) => !h.id))
      add(`section heading without an id: "${h.text}"`);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length) add(`ids used twice: ${twice.join(', ')}`);
    if (page.locale !== defaultLocale) continue;
    for (const other of locales.filter((l) => l !== defaultLocale)) {
      const otherFile = fileForPath(build, `/${other}${page.urlPath}`);
      const otherIds = otherFile ? build.byFile.get(otherFile)?.sections?.ids : undefined;
      if (!otherIds) continue; // reported by the "not yet translated" check
      const mine = new Set(ids);
      const theirs = new Set(otherIds);
      const onlyHere = [...mine].filter((id) => !theirs.has(id));
      const onlyThere = [...theirs].filter((id) => !mine.has(id));
      if (onlyHere.length || onlyThere.length)
        add(
          `${other} page ${otherFile} has other section ids: only in ${defaultLocale}: [${onlyHere.join(', ')}], only in ${other}: [${onlyThere.join(', ')}]`,
        );
    }
  }
  // Across versions: heading text -> first (version, id) seen, per locale and doc.
  const seen = new Map<string, {version: string; id: string | undefined}>();
  for (const page of articles) {
    for (const h of page.sections!.headings) {
      const key = `${page.locale}\u0000${page.docId}\u0000${h.text}`;
      const before = seen.get(key);
      if (!before) seen.set(key, {version: page.version!, id: h.id});
      else if (before.id !== h.id)
        problems.push({
          file: page.file,
          check: CHECKS.sectionIds,
          reason: `"${h.text}" is #${before.id} in version ${before.version} but #${h.id} in ${page.version}`,
        });
    }
  }
  return problems;
}

/** Reads every page of a build, with what the checks cross-reference, running the per-page checks. */
export async function checkBuild(options: CheckOptions): Promise<BuildReport> {
  const dir = path.resolve(options.dir);
  const siteDir = path.resolve(options.siteDir ?? SITE_DIR);
  const locales = readLocales(siteDir);
  const files = listFiles(dir);
  const build: Build = {
    dir,
    siteDir,
    locales,
    files: new Set(files),
    pages: [],
    byFile: new Map(),
  };
  // Interface texts repeat from page to page (navbar, footer): each is matched once.
  let strings = options.englishStrings;
  const verdicts = new Map<string, string[]>();
  const english = (texts: string[]): string[] => {
    const found: string[] = [];
    for (const t of new Set(texts)) {
      let verdict = verdicts.get(t);
      if (!verdict) verdicts.set(t, (verdict = findEnglish([t], strings!)));
      found.push(...verdict);
    }
    return [...new Set(found)];
  };
  const problems: Problem[] = [];
  const hrefsByFile = new Map<string, string[]>();
  // Inline scripts run only when the policy the host sends has their hash
  // (src/plugins/headers); redirect pages run one too.
  // Style elements (the first screen's CSS, src/plugins/critical-css) likewise.
  const headersFile = path.join(dir, HEADERS_FILE);
  const headersText = fs.existsSync(headersFile) ? fs.readFileSync(headersFile, 'utf8') : undefined;
  const allowed = headersText === undefined ? undefined : policyScriptHashes(headersText);
  const allowedStyles = headersText === undefined ? undefined : policyStyleHashes(headersText);
  for (const file of files.filter(isPageFile)) {
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    const page = readPage(file, html, locales, true);
    const doc = page.document;
    delete page.document;
    build.pages.push(page);
    build.byFile.set(file, page);
    for (const hash of inlineScriptHashes(doc ?? html)) {
      if (!allowed)
        problems.push({file, check: CHECKS.csp, reason: `no ${HEADERS_FILE} at the build's root`});
      else if (!allowed.has(hash))
        problems.push({file, check: CHECKS.csp, reason: `inline script ${hash} is not allowed`});
      if (!allowed) break;
    }
    for (const hash of allowedStyles ? inlineStyleHashes(doc ?? html) : []) {
      if (!allowedStyles?.has(hash))
        problems.push({file, check: CHECKS.csp, reason: `style element ${hash} is not allowed`});
    }
    if (!doc) continue; // a redirect page
    const hrefs = hrefsOf(doc);
    hrefsByFile.set(file, hrefs);
    const translated = page.locale !== locales.defaultLocale;
    if (translated && !strings) strings = await englishInterfaceStrings();
    problems.push(...pageProblems(page, doc, hrefs, translated ? english : undefined));
    for (const reason of previewProblems(page, doc, build))
      problems.push({file, check: CHECKS.preview, reason});
  }
  build.pages.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
  problems.push(...crossPageProblems(build, hrefsByFile));
  // What npm run import recorded (English paths: the docs' sources), lower case.
  const imported = new Set(
    [...(importedFiles(siteDir).get(locales.defaultLocale) ?? [])].map((f) => f.toLowerCase()),
  );
  const isImportedPage = importedPages(build);
  // Names in imported toc.yml files: shown in the sidebar of every page of
  // the folder, the team's pages included (in English where the Turkish toc
  // lacks the entry).
  const tocNames = new Set<string>();
  const addNames = (entries: TocEntry[]): void => {
    for (const e of entries) {
      tocNames.add(e.name);
      addNames(e.items);
    }
  };
  for (const f of imported)
    if (/(^|\/)toc\.yml$/.test(f)) {
      const file = findCaseInsensitive(path.join(siteDir, 'docs'), f);
      if (file) addNames(parseToc(fs.readFileSync(file, 'utf8'), f));
    }
  const tocLabel = (p: Problem): boolean =>
    p.check === CHECKS.english && tocNames.has(/^"([^"]*)"/.exec(p.reason)?.[1] ?? '');
  const upstream = (p: Problem): boolean =>
    tocLabel(p) ||
    (isImportedPage(p.file) &&
      UPSTREAM.some((u) => u.check === p.check && (!u.reason || u.reason.test(p.reason))));
  const kept = problems.filter((p) => !accepted(p) && !upstream(p));
  const fromUpstream = problems.filter((p) => !accepted(p) && upstream(p));
  const order = new Map(build.pages.map((p, i) => [p.file, i]));
  kept.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  // Published addresses: after the other checks, reported in ledger order.
  const ledger = options.ledger === undefined ? readLedger(siteDir) : options.ledger;
  const ledgerReport = ledger ? compareLedger(ledger, build) : undefined;
  for (const b of ledgerReport?.broken ?? [])
    kept.push({file: b.file, check: CHECKS.ledger, reason: b.reason});
  const redirects = build.pages.filter((p) => p.redirect !== undefined).length;
  return {
    pages: build.pages.length - redirects,
    redirects,
    problems: kept,
    imported: fromUpstream,
    ledger: ledgerReport,
  };
}

/** The report as text: problems grouped by page, then a summary line. */
export function formatReport(report: BuildReport, dir: string, seconds?: number): string {
  const lines: string[] = [];
  let current = '';
  for (const p of report.problems) {
    if (p.file !== current) lines.push(`${path.join(dir, p.file)}`);
    current = p.file;
    lines.push(`  ${p.check}: ${p.reason}`);
  }
  if (report.imported.length > 0) {
    const byCheck = new Map<string, number>();
    for (const p of report.imported) byCheck.set(p.check, (byCheck.get(p.check) ?? 0) + 1);
    lines.push(
      `imported content (reported, not failed): ${report.imported.length} finding(s) from the upstream text`,
      ...[...byCheck].map(([check, n]) => `  ${n} x ${check}`),
      ...report.imported.slice(0, 10).map((p) => `  ${p.file}: ${p.check}: ${p.reason}`),
    );
  }
  lines.push(...ledgerSummary(report.ledger));
  const time = seconds === undefined ? '' : ` in ${seconds.toFixed(1)} s`;
  const pagesWithProblems = new Set(report.problems.map((p) => p.file)).size;
  lines.push(
    `check:build: ${report.pages} pages and ${report.redirects} redirect pages checked${time}: ` +
      (report.problems.length
        ? `${report.problems.length} problem(s) on ${pagesWithProblems} page(s)`
        : 'no problems'),
  );
  return lines.join('\n');
}

async function main(args: string[]): Promise<number> {
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? undefined : args[i + 1];
  };
  const dir = opt('dir') ?? 'build';
  const started = performance.now();
  const report = await checkBuild({dir, siteDir: opt('site')});
  console.log(formatReport(report, dir, (performance.now() - started) / 1000));
  return report.problems.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
