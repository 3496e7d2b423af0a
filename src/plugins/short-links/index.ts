/**
 * Docusaurus plugin: short links, Microsoft-style addresses and version pins.
 *
 * In:  the docs of the locale being built (all versions) and their front
 *      matter (`support_id`, see src/links/shortId.ts).
 * Out, after the build, as static pages (no server rules needed):
 *  - `/go/<id>` (`/tr/go/<id>` in Turkish): opens the article in this locale,
 *    in the newest version that has it (a short link means "the latest");
 *  - `/en-us/<path>` and `/tr-tr/<path>`, the addresses learn.microsoft.com
 *    uses, for every article of the current version, and `/en-us`, `/tr-tr`
 *    for the home page. Other letter cases are handled by the 404 page
 *    (src/theme/NotFound/Content), since a static host matches files exactly.
 * Out, as global data: `pins`, doc id -> the snapshot whose text is identical
 * to the current version's, so "link to this version" can offer a link that
 * won't change (usually empty: only right after a snapshot is cut).
 *
 * Why not @docusaurus/plugin-client-redirects: its targets must be routes of
 * the locale being built, so the default-locale build can't send `/tr-tr/x`
 * to `/tr/x`, and its pages have no language, title, fallback link or noindex.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {locateDoc, learnLocale} from '../../msdocs/paths';
import {readSupportId} from '../../links/shortId';
import {pinsOf, resolveShortLinks, type ShortLinkDoc, type VersionTexts} from './resolve';
import {redirectPageHtml} from './redirectPage';

export interface ShortLinksGlobalData {
  /** Doc id -> name of the snapshot with the same text as the current version. */
  pins: Record<string, string>;
}

/** The path segment short links live under. */
export const SHORT_LINK_SEGMENT = 'go';

interface Page {
  /** Where to write it, relative to the folder that serves the site root. */
  file: string;
  to: string;
  title: string;
}

export default function shortLinks(context: LoadContext): Plugin {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  const locale = i18n.currentLocale;
  const lang = i18n.localeConfigs[locale]?.htmlLang ?? locale;
  let pages: Page[] = [];

  const siteFile = (source: string): string => path.join(siteDir, source.replace(/^@site\//, ''));
  const readFrontMatter = async (filePath: string): Promise<Record<string, unknown>> => {
    const fileContent = await fs.readFile(filePath, 'utf8');
    const {frontMatter} = await siteConfig.markdown.parseFrontMatter({
      filePath,
      fileContent,
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    return frontMatter;
  };

  return {
    name: 'short-links',

    async allContentLoaded({allContent, actions}) {
      pages = [];
      const content = allContent['docusaurus-plugin-content-docs']?.default as
        LoadedContent | undefined;
      if (!content) throw new Error('short-links: the docs plugin has no content');

      const docs: ShortLinkDoc[] = [];
      for (const version of content.loadedVersions) {
        for (const doc of version.docs) {
          if (doc.draft) continue;
          const file = siteFile(doc.source);
          const where = locateDoc(file, siteDir);
          let source: ShortLinkDoc['source'];
          if (where && where.contentRoot !== where.sourceRoot) {
            const englishFile = path.join(where.sourceRoot, where.relPath);
            source = {
              file: path.relative(siteDir, englishFile),
              supportId: readSupportId(await readFrontMatter(englishFile)),
            };
          }
          docs.push({
            docId: doc.id,
            versionName: version.versionName,
            file: path.relative(siteDir, file),
            permalink: doc.permalink,
            title: doc.title,
            frontMatter: doc.frontMatter,
            source,
          });
        }
      }

      const {targets} = resolveShortLinks(docs);
      for (const [id, doc] of targets) {
        pages.push({
          file: path.join(localeDir(), SHORT_LINK_SEGMENT, `${id}.html`),
          to: doc.permalink,
          title: doc.title,
        });
      }

      // learn.microsoft.com addresses: current version only (Microsoft's have none).
      const msLocale = learnLocale(locale);
      const current = content.loadedVersions.find((v) => v.versionName === 'current');
      for (const doc of current?.docs ?? []) {
        if (doc.draft) continue;
        const rel = doc.permalink.slice(baseUrl.length);
        pages.push({file: path.join(msLocale, `${rel}.html`), to: doc.permalink, title: doc.title});
      }
      pages.push({file: `${msLocale}.html`, to: baseUrl, title: siteConfig.title});

      actions.setGlobalData({
        pins: pinsOf(await readVersions(content, siteFile)),
      } satisfies ShortLinksGlobalData);
    },

    async postBuild({outDir}) {
      // outDir serves `baseUrl` (`/tr/` in Turkish); Microsoft-style pages
      // belong at the site root, a level up for non-default locales.
      const root = path.resolve(
        outDir,
        ...localeDir()
          .split('/')
          .filter(Boolean)
          .map(() => '..'),
      );
      const origin = siteConfig.url.replace(/\/$/, '');
      await Promise.all(
        pages.map(async (page) => {
          const file = path.join(root, page.file);
          await fs.mkdir(path.dirname(file), {recursive: true});
          const html = redirectPageHtml({
            to: page.to,
            canonical: origin + page.to,
            lang,
            title: page.title,
          });
          // `wx`: never overwrite a page Docusaurus made.
          await fs.writeFile(file, html, {flag: 'wx'});
        }),
      );
    },
  };

  /** The locale's part of the base URL: `tr/` in Turkish, `` in English. */
  function localeDir(): string {
    // siteConfig.baseUrl is already localized; the default locale's is the site's.
    const siteBase = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/';
    return baseUrl.startsWith(siteBase) ? baseUrl.slice(siteBase.length) : '';
  }
}

/** Reads every doc's file once, for pinsOf (current first, then snapshots). */
async function readVersions(
  content: LoadedContent,
  siteFile: (source: string) => string,
): Promise<VersionTexts[]> {
  return Promise.all(
    content.loadedVersions.map(async (version) => ({
      versionName: version.versionName,
      docs: await Promise.all(
        version.docs.map(async (d) => ({id: d.id, text: await readNormalized(siteFile(d.source))})),
      ),
    })),
  );
}

async function readNormalized(file: string): Promise<string> {
  return (await fs.readFile(file, 'utf8')).replace(/\r\n/g, '\n');
}
