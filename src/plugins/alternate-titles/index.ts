/**
 * Docusaurus plugin: the titles of each page in the site's other languages,
 * for "Copy for a ticket" in two languages (src/components/CopyLink).
 *
 * In:  the docs of the locale being built (every version) and, for each, the
 *      file of the same article in each other locale (the English source or
 *      a translation; none when the article isn't translated).
 * Out: `titles.json` in the plugin's generated-files folder, which the ticket
 *      menu imports when it first opens (its own chunk, no page pays for it
 *      until then): page path without the base URL -> locale ->
 *      `{t: title, s: {section id: heading}}` (short keys: it holds every page).
 * Why at build time: the other language's page is another build (each locale
 *      builds in its own process), and fetching it from the reader's browser
 *      would fail offline and cost a request; its source files are here.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {docFileFor, locateDoc} from '../../msdocs/paths';
import {readTitles} from './read';

/** What the ticket menu reads: page path -> locale -> titles. */
export type AlternateTitles = Record<
  string,
  Record<string, {t: string; s: Record<string, string>}>
>;

export default function alternateTitles(context: LoadContext): Plugin {
  const {siteDir, baseUrl, i18n} = context;
  const others = i18n.locales.filter((l) => l !== i18n.currentLocale);
  return {
    name: 'alternate-titles',
    async allContentLoaded({allContent, actions}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as
        LoadedContent | undefined;
      if (!content) throw new Error('alternate-titles: the docs plugin has no content');
      const data: AlternateTitles = {};
      const jobs: Promise<void>[] = [];
      for (const version of content.loadedVersions) {
        for (const doc of version.docs) {
          const where = locateDoc(path.join(siteDir, doc.source.replace(/^@site\//, '')), siteDir);
          if (!where) continue;
          const key = doc.permalink.slice(baseUrl.length);
          for (const locale of others) {
            const file = docFileFor(siteDir, locale, where.version, where.relPath);
            jobs.push(
              (async () => {
                if (!(await fs.stat(file).catch(() => undefined))) return;
                const {title, sections} = await readTitles(file, siteDir);
                (data[key] ??= {})[locale] = {t: title, s: sections};
              })(),
            );
          }
        }
      }
      await Promise.all(jobs);
      // In path and locale order, not the order the reads finished in: the
      // same content makes the same file (and chunk hash) in every build.
      const sorted = Object.fromEntries(
        Object.keys(data)
          .sort()
          .map((key) => [
            key,
            Object.fromEntries(Object.entries(data[key]!).sort(([a], [b]) => (a < b ? -1 : 1))),
          ]),
      );
      await actions.createData('titles.json', JSON.stringify(sorted));
    },
  };
}
