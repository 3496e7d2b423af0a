/**
 * Docusaurus plugin: Microsoft's redirections, and the host's redirect rules.
 *
 * In:  `imported/redirections.<locale>.json` at the site root (written by
 *      `npm run import`; none -> no redirections), the docs of the locale
 *      being built (all versions) and their short-link ids.
 * Out, after the build:
 *  - a static page per old address, in this locale and every version
 *    (`/microsoft-365/commerce/a`, `/tr/2021-08/microsoft-365/commerce/a`):
 *    meta refresh and canonical link to the target (no JavaScript needed; the
 *    script keeps `#section`), via src/plugins/short-links/redirectPage.ts;
 *  - `/go/<id>` of an article's old path (the id derived from its old doc
 *    id) goes to its new address, unless another article has that id;
 *  - the default locale's build writes `_redirects` at the site root for
 *    every locale: these rules, the short links (`/go/`, `/tr/go/`) and the
 *    Learn-style addresses (`/en-us/...`, `/tr-tr/...`), one `from to 301`
 *    line each, which a static host or CDN answers before any page loads
 *    (`npm run serve` reads the same file).
 * A loop, a target that is neither a page nor an allowed external URL, or a
 * bad entry fails the build naming the entry (src/msdocs/redirections.ts).
 *
 * Why not @docusaurus/plugin-client-redirects: its targets must be routes
 * of the locale being built and its pages carry no language or title (see
 * src/plugins/short-links); the redirect page writer there already keeps
 * `?query#hash`.
 */
import fs from 'node:fs/promises';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {learnLocale} from '../../msdocs/paths';
import {
  expandForVersions,
  readRedirections,
  redirectsFileLines,
  resolveRedirections,
  type Redirect,
  type RedirectRule,
  type RedirectionEntry,
  type SiteVersion,
} from '../../msdocs/redirections';
import {derivedShortId} from '../../links/shortId';
import {resolveShortLinks, type ShortLinkDoc} from '../short-links/resolve';
import {redirectPageHtml} from '../short-links/redirectPage';
import {SHORT_LINK_SEGMENT} from '../short-links';
import {externalLinkProblem} from '../../links/allowedDomains';
import {
  importedFiles,
  writeDefects,
  type ContentDefect,
  type ContentDefectSettings,
} from '../../msdocs/defects';

/** Where `npm run import` writes each locale's redirection file. */
export const redirectionsFile = (siteDir: string, locale: string): string =>
  path.join(siteDir, 'imported', `redirections.${locale}.json`);

/** The host rule file, at the root of the build. */
export const REDIRECTS_FILE = '_redirects';

interface Page {
  /** Address inside the locale. */
  from: string;
  to: string;
  external: boolean;
}

/** File and line of an entry (`imported/redirections.en.json#3`) for the content report. */
function entryPlace(
  siteDir: string,
  entry: RedirectionEntry,
): {file: string; line: number; column: number} {
  const file = entry.at.replace(/#\d+$/, '');
  let line = 1;
  try {
    const text = readFileSync(path.join(siteDir, file), 'utf8');
    const at = text.indexOf(JSON.stringify(entry.source_path));
    if (at >= 0) line = text.slice(0, at).split('\n').length;
  } catch {
    // The report still names the file.
  }
  return {file, line, column: 1};
}

export default function redirects(
  context: LoadContext,
  contentDefects: ContentDefectSettings = {},
): Plugin {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  const locale = i18n.currentLocale;
  const {defaultLocale, locales} = i18n;
  const lang = i18n.localeConfigs[locale]?.htmlLang ?? locale;
  /** A locale's part of the site address: `` (default) or `/tr`. */
  const localePrefix = (l: string): string => (l === defaultLocale ? '' : `/${l}`);
  let pages: Page[] = [];
  let hostLines: string[] = [];
  const titles = new Map<string, string>();

  return {
    name: 'redirects',

    getPathsToWatch() {
      return locales.map((l) => redirectionsFile(siteDir, l));
    },

    async allContentLoaded({allContent}) {
      pages = [];
      hostLines = [];
      const content = allContent['docusaurus-plugin-content-docs']?.default as
        LoadedContent | undefined;
      if (!content) throw new Error('redirects: the docs plugin has no content');

      // Versions of this locale, current first; addresses without base URL.
      const inLocale = (p: string): string => `/${p.slice(baseUrl.length)}`.replace(/\/$/, '');
      const versions: SiteVersion[] = [];
      for (const version of content.loadedVersions) {
        const prefix = inLocale(version.path);
        const routes = new Set<string>();
        for (const doc of version.docs) {
          const route = inLocale(doc.permalink).slice(prefix.length) || '/';
          routes.add(route);
          titles.set(inLocale(doc.permalink), doc.title);
        }
        versions.push({path: prefix, pages: routes});
      }
      versions.sort((a, b) => Number(a.path !== '') - Number(b.path !== ''));
      const current = versions[0]!;

      // Default locale's file first: the first entry for a source wins.
      const entries: RedirectionEntry[] = [];
      for (const l of [defaultLocale, ...locales.filter((x) => x !== defaultLocale)]) {
        const file = redirectionsFile(siteDir, l);
        if (!existsSync(file)) continue;
        entries.push(...readRedirections(readFileSync(file, 'utf8'), path.relative(siteDir, file)));
      }

      // Entries `npm run import` brought in are imported content: a target the
      // docset no longer has is a content defect (src/msdocs/defects.ts).
      const imported = importedFiles(siteDir).size > 0;
      const policy = imported
        ? (contentDefects.onImportedContentDefect ?? 'warn')
        : (contentDefects.onContentDefect ?? 'throw');
      const defects: ContentDefect[] = [];
      const rulesFor = (l: string) =>
        resolveRedirections(entries, {
          isPage: (route) => current.pages.has(route),
          pages: current.pages,
          externalProblem: externalLinkProblem,
          learnLocale: learnLocale(l),
          onMissingTarget: policy,
          onDefect:
            l === locale
              ? (entry, message) => {
                  logger.warn(`${entry.at}: redirection: ${message}`);
                  defects.push({
                    ...entryPlace(siteDir, entry),
                    construct: 'redirection',
                    message: `${entry.source_path}: ${message}`,
                    action: 'redirected-to-learn',
                    locale,
                    version: 'current',
                  });
                }
              : undefined,
        });

      // Short links, as src/plugins/short-links gives them (newest version
      // first; translations keep their English source's ids, checked there).
      const shortDocs: ShortLinkDoc[] = content.loadedVersions.flatMap((version) =>
        version.docs
          .filter((doc) => !doc.draft)
          .map((doc) => ({
            docId: doc.id,
            versionName: version.versionName,
            file: doc.source,
            permalink: inLocale(doc.permalink),
            title: doc.title,
            frontMatter: doc.frontMatter,
          })),
      );
      const {targets} = resolveShortLinks(shortDocs);
      const go = `/${SHORT_LINK_SEGMENT}`;
      /** `/go/<id>` of a moved article's old path, unless an article has that id now. */
      const oldShortLinks = (rules: RedirectRule[]): Redirect[] =>
        rules
          .filter((r) => !r.external && !targets.has(derivedShortId(r.from.slice(1))))
          .map((r) => ({
            from: `${go}/${derivedShortId(r.from.slice(1))}`,
            to: r.to,
            external: false,
          }));

      const own = rulesFor(locale);
      writeDefects(siteDir, locale, 'redirections', siteDir, defects);
      pages = [...expandForVersions(own, versions), ...oldShortLinks(own)];
      if (entries.length > 0) {
        logger.info`redirects: number=${entries.length} entries, number=${pages.length} redirect pages for ${locale} (all versions)`;
      }

      if (locale !== defaultLocale) return;
      for (const l of locales) {
        const prefix = localePrefix(l);
        const withPrefix = (r: Redirect): Redirect => ({
          from: prefix + r.from,
          to: r.external ? r.to : prefix + r.to || '/',
          external: r.external,
        });
        const rules = rulesFor(l);
        const shortLinks: Redirect[] = [...targets].map(([id, doc]) => ({
          from: `${go}/${id}`,
          to: doc.permalink,
          external: false,
        }));
        // Learn-style addresses sit at the site root, one prefix per language.
        const learn = `/${learnLocale(l)}`;
        const learnAddresses: Redirect[] = [
          {from: learn, to: `${prefix}/`, external: false},
          ...[...current.pages].map((route) => ({
            from: learn + route,
            to: prefix + route,
            external: false,
          })),
        ];
        hostLines.push(
          `# ${l}`,
          ...redirectsFileLines([
            ...expandForVersions(rules, versions).map(withPrefix),
            ...oldShortLinks(rules).map(withPrefix),
            ...shortLinks.map(withPrefix),
            ...learnAddresses,
          ]),
        );
      }
    },

    async postBuild({outDir}) {
      const origin = siteConfig.url.replace(/\/$/, '');
      const site = (to: string): string => baseUrl.replace(/\/$/, '') + to || '/';
      let written = 0;
      await Promise.all(
        pages.map(async (page) => {
          const file = path.join(outDir, `${page.from.slice(1)}.html`);
          const to = page.external ? page.to : site(page.to);
          const html = redirectPageHtml({
            to,
            canonical: page.external ? page.to : origin + to,
            lang,
            title: titles.get(page.to.replace(/[?#].*$/, '')) ?? siteConfig.title,
          });
          await fs.mkdir(path.dirname(file), {recursive: true});
          try {
            // `wx`: never overwrite a page Docusaurus or the short links made.
            await fs.writeFile(file, html, {flag: 'wx'});
            written += 1;
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
          }
        }),
      );
      if (pages.length > 0) logger.info`redirects: name=${written} redirect pages written`;
      if (locale === defaultLocale) {
        const text = [
          '# Written by the build (src/plugins/redirects): old addresses, short links, Learn-style addresses.',
          ...hostLines,
          '',
        ].join('\n');
        await fs.writeFile(path.join(outDir, REDIRECTS_FILE), text);
      }
    },
  };
}
