/**
 * The ledger of published addresses: `links.lock.json` at the site root.
 *
 * In:  a production build as the static checks read it (../check-build/site.ts:
 *      every page parsed once) and the committed ledger.
 * Out: recordLedger(): every address the build publishes: each page per
 *      locale and version (URL path), its title, section, decision-table
 *      row, callout and FAQ question ids and its anchor aliases, and each
 *      short link (`/go/x`, `/tr/go/x`), as `{"pages": {path: {...}}}`, keys
 *      and ids sorted, one id a line (serializeLedger()); compareLedger():
 *      each ledger address the build no longer answers (no page, redirect
 *      page or `_redirects` rule; no element with the id, alias included),
 *      with where it was last seen and how to keep it, and the addresses the
 *      ledger doesn't list yet.
 * Why: agents paste these addresses into tickets that live for years. An
 *      edit that drops one (a renamed heading, a deleted row, a moved
 *      article) fails `npm run check:build` until a redirection entry or an
 *      anchor alias keeps it, or the author records that it goes
 *      (`npm run links:record`, a reviewed diff of links.lock.json).
 *
 * Scope: the team's committed content. Pages built from imported docsets
 * (imported-docsets.json, empty on main) are left out: their addresses are
 * Microsoft's, kept by Microsoft's redirection files, and `check:docset`
 * checks those redirects itself. Redirect sources other than short links
 * are left out too: they are redirects already. Locales a build doesn't
 * have (`npm run build -- --locale en`) are not compared, and said so.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseRedirectsFile} from '../../src/msdocs/redirections';
import {SHORT_LINK_SEGMENT} from '../../src/plugins/short-links';
import {
  docSource,
  fileForPath,
  importedPages,
  type Build,
  type PageFacts,
} from '../check-build/site';

export const LEDGER_FILE = 'links.lock.json';

export interface LedgerPage {
  locale: string;
  /** Docs pages: `current` or the snapshot's name. */
  version?: string;
  /** A short link is a redirect page; it is kept as an address, not for its ids. */
  kind: 'page' | 'short-link';
  /** Ids a `#fragment` of this page can name, sorted. */
  ids?: string[];
}

export interface Ledger {
  pages: Record<string, LedgerPage>;
}

/** What the comparison found. */
export interface LedgerReport {
  /** Ledger addresses the build no longer answers: `file` is the page (or where it was). */
  broken: {address: string; file: string; reason: string}[];
  /** Addresses of the build the ledger doesn't list. */
  added: string[];
  /** Locales of the ledger this build doesn't have: not compared. */
  notBuilt: string[];
  /** Ledger addresses compared (pages and ids). */
  compared: number;
}

const ORIGIN = 'https://build.invalid';
const is404 = (file: string): boolean => file === '404.html' || file.endsWith('/404.html');
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `/go/x`, `/tr/go/x`: a short link's address. */
function isShortLink(page: PageFacts, build: Build): boolean {
  const prefix = page.locale === build.locales.defaultLocale ? '' : `/${page.locale}`;
  return page.urlPath.startsWith(`${prefix}/${SHORT_LINK_SEGMENT}/`);
}

/** The ids of a page a link can name: title, sections, rows, callouts, FAQ questions, aliases. */
export function pageIds(page: PageFacts): string[] {
  const s = page.sections;
  if (!s) return [];
  const ids = [...(s.titleId ? [s.titleId] : []), ...s.ids, ...s.aliases.map((a) => a.id)];
  return [...new Set(ids.filter(Boolean))].sort(byCodePoint);
}

/** Every address the build publishes (the team's content; see the header). */
export function recordLedger(build: Build): Ledger {
  const imported = importedPages(build);
  const pages: Record<string, LedgerPage> = {};
  const sorted = [...build.pages].sort((a, b) => byCodePoint(a.urlPath, b.urlPath));
  for (const page of sorted) {
    if (is404(page.file) || imported(page.file)) continue;
    if (page.redirect !== undefined) {
      if (isShortLink(page, build)) pages[page.urlPath] = {locale: page.locale, kind: 'short-link'};
      continue;
    }
    const ids = pageIds(page);
    pages[page.urlPath] = {
      locale: page.locale,
      ...(page.version ? {version: page.version} : {}),
      kind: 'page',
      ...(ids.length ? {ids} : {}),
    };
  }
  return {pages};
}

/** The file's text: two-space JSON, one id a line, keys in a fixed order, a final newline. */
export function serializeLedger(ledger: Ledger): string {
  const pages = Object.fromEntries(
    Object.keys(ledger.pages)
      .sort(byCodePoint)
      .map((key) => {
        const {locale, version, kind, ids} = ledger.pages[key]!;
        return [key, {locale, version, kind, ids: ids && [...ids].sort(byCodePoint)}];
      }),
  );
  return `${JSON.stringify({pages}, null, 2)}\n`;
}

/** The committed ledger of a site, or undefined when it has none. */
export function readLedger(siteDir: string): Ledger | undefined {
  const file = path.join(siteDir, LEDGER_FILE);
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Ledger>;
  if (!parsed.pages || typeof parsed.pages !== 'object')
    throw new Error(`${LEDGER_FILE}: expected {"pages": {...}}; run npm run links:record`);
  return parsed as Ledger;
}

interface Landing {
  /** The page a path ends on (redirect pages and `_redirects` rules followed). */
  page?: PageFacts;
  /** It ends off the site (an external redirect): ids can't be checked. */
  external?: boolean;
  /** It ends on a file that is not a page (an image, a PDF). */
  file?: string;
}

/** Where an address lands: its page, after redirect pages and host rules. */
function land(build: Build, rules: Map<string, string>, urlPath: string): Landing | undefined {
  let at = urlPath;
  for (let hop = 0; hop < 10; hop += 1) {
    const file = fileForPath(build, at);
    const facts = file ? build.byFile.get(file) : undefined;
    let next: string | undefined;
    if (file && !facts) return {file};
    if (facts && facts.redirect === undefined) return {page: facts};
    if (facts) next = facts.redirect || undefined;
    else next = rules.get(encodeURI(at)) ?? rules.get(at);
    if (!next) return undefined;
    const url = new URL(next, `${ORIGIN}${at}`);
    if (url.origin !== ORIGIN) return {external: true};
    at = url.pathname;
  }
  return undefined;
}

/** `microsoft-365/x` of `/tr/2021-08/microsoft-365/x`: the doc's path inside its version. */
function docPath(urlPath: string, entry: LedgerPage, build: Build): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (entry.locale !== build.locales.defaultLocale && parts[0] === entry.locale) parts.shift();
  if (entry.version && entry.version !== 'current' && parts[0] === entry.version) parts.shift();
  return parts.join('/');
}

const where = (entry: LedgerPage): string =>
  `last seen in ${LEDGER_FILE}: ${entry.locale}${entry.version ? `, version ${entry.version}` : ''}`;

function keepPage(urlPath: string, entry: LedgerPage, build: Build): string {
  const rest = docPath(urlPath, entry, build);
  if (entry.kind === 'short-link')
    return (
      `keep it: give the article it opened support_id: ${rest.split('/').pop()} again, or add a ` +
      `redirection entry for the article's old path`
    );
  return (
    `keep it: add a redirection entry {"source_path": "${rest}.md", "redirect_url": "/<new path>"} ` +
    `to imported/redirections.${build.locales.defaultLocale}.json (it applies in every language ` +
    `and version)`
  );
}

function keepId(
  id: string,
  entry: LedgerPage,
  page: PageFacts,
  build: Build,
  sourceDir: string,
): string {
  // The sections this page has that the ledger didn't know, and that no
  // alias leads to already: what the old one became.
  const known = new Set([...(entry.ids ?? []), ...(page.sections?.aliases ?? []).map((a) => a.to)]);
  const renamed = (page.sections?.headings ?? []).filter((h) => h.id && !known.has(h.id));
  const newId = renamed.length === 1 ? renamed[0]!.id! : '<new-id>';
  const section =
    renamed.length === 1
      ? `the section now called "${renamed[0]!.text}" (#${newId})`
      : renamed.length > 1
        ? `the section that replaced it (new here: ${renamed.map((h) => `"${h.text}" #${h.id}`).join(', ')})`
        : 'the section that replaced it';
  const version = page.version ?? entry.version ?? 'current';
  const dir = version === 'current' ? 'docs' : path.join('versioned_docs', `version-${version}`);
  const source =
    (page.docId && docSource(sourceDir, dir, page.docId)?.split(path.sep).join('/')) ??
    'the English article';
  return (
    `keep it: declare an anchor alias \`${id}\` on ${section}: ` +
    `anchor_aliases: {${id}: ${newId}} in the front matter of ${source} ` +
    `(both languages follow it), or <a name="${id}"></a> in that heading`
  );
}

/** The ledger against a build: what no longer resolves, what is new. */
export function compareLedger(ledger: Ledger, build: Build): LedgerReport {
  const report: LedgerReport = {broken: [], added: [], notBuilt: [], compared: 0};
  const built = new Set(build.pages.map((p) => p.locale));
  const rulesFile = path.join(build.dir, '_redirects');
  const rules = fs.existsSync(rulesFile)
    ? parseRedirectsFile(fs.readFileSync(rulesFile, 'utf8'))
    : new Map<string, string>();
  const notBuilt = new Set<string>();

  for (const [urlPath, entry] of Object.entries(ledger.pages)) {
    if (!built.has(entry.locale)) {
      notBuilt.add(entry.locale);
      continue;
    }
    report.compared += 1 + (entry.ids?.length ?? 0);
    const landing = land(build, rules, urlPath);
    const file = fileForPath(build, urlPath) ?? `${urlPath.slice(1) || 'index'}.html`;
    if (!landing) {
      report.broken.push({
        address: urlPath,
        file,
        reason:
          `${urlPath} no longer resolves: no page, redirect page or _redirects rule ` +
          `(${where(entry)}); ${keepPage(urlPath, entry, build)}`,
      });
      continue;
    }
    const page = landing.page;
    if (!page) continue; // off the site or a file: its ids can't be checked here
    for (const id of entry.ids ?? []) {
      if (page.anchors.has(id)) continue;
      const moved = page.urlPath === urlPath ? '' : ` (it now opens ${page.urlPath})`;
      report.broken.push({
        address: `${urlPath}#${id}`,
        file: page.file,
        reason:
          `${urlPath}#${id} no longer resolves${moved}: no element with id "${id}" ` +
          `(${where(entry)}); ${keepId(id, entry, page, build, build.siteDir)}`,
      });
    }
  }

  const now = recordLedger(build);
  for (const [urlPath, entry] of Object.entries(now.pages)) {
    const before = ledger.pages[urlPath];
    if (!before) {
      report.added.push(urlPath);
      continue;
    }
    const known = new Set(before.ids ?? []);
    for (const id of entry.ids ?? []) if (!known.has(id)) report.added.push(`${urlPath}#${id}`);
  }
  report.notBuilt = [...notBuilt].sort(byCodePoint);
  return report;
}

/** The report's summary lines (the broken addresses are the check's problems). */
export function ledgerSummary(report: LedgerReport | undefined): string[] {
  if (!report)
    return [
      `ledger: no ${LEDGER_FILE} in this site: published addresses not compared (npm run links:record)`,
    ];
  const lines: string[] = [];
  if (report.notBuilt.length)
    lines.push(
      `ledger: ${report.notBuilt.join(', ')} not in this build: those addresses not compared`,
    );
  if (report.added.length)
    lines.push(
      `ledger: ${report.added.length} new address(es) not in ${LEDGER_FILE} ` +
        `(${report.added.slice(0, 3).join(', ')}${report.added.length > 3 ? ', ...' : ''}): ` +
        `run npm run links:record and commit ${LEDGER_FILE}`,
    );
  lines.push(
    `ledger: ${report.compared} published address(es) compared, ${report.broken.length} no longer resolve`,
  );
  return lines;
}
