/**
 * Docusaurus plugin: the content report of the locale being built.
 *
 * In:  the content defects the compatibility layer recorded while this
 *      locale's pages were compiled (src/msdocs/defects.ts: one file per
 *      compiled page, front matter or toc, kept under the generated-files
 *      folder so pages taken from the bundler's cache keep theirs).
 * Out, after the build: `content-report.json` in this locale's output
 *      folder (an array of {file, line, column, construct, message, action,
 *      locale, version}, sorted) and a summary in the build log (counts per
 *      construct and action, the first few defects). `npm run build`
 *      (scripts/build.mjs) merges the locales' reports into
 *      `build/content-report.json`.
 * Why a file per page: Markdown is compiled in the bundler's loaders, not in
 *      this process, and not at all for pages the persistent cache has.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {readDefects, summarizeDefects} from '../../msdocs/defects';

export const CONTENT_REPORT_FILE = 'content-report.json';

export default function contentReport(context: LoadContext): Plugin {
  return {
    name: 'content-report',
    async postBuild({outDir}) {
      const records = readDefects(context.siteDir, context.i18n.currentLocale);
      await fs.writeFile(
        path.join(outDir, CONTENT_REPORT_FILE),
        `${JSON.stringify(records, null, 2)}\n`,
      );
      if (records.length) logger.warn(summarizeDefects(records));
      else logger.info(summarizeDefects(records));
    },
  };
}
