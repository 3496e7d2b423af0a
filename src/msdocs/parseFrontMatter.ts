/**
 * `siteConfig.markdown.parseFrontMatter` for Microsoft Docs articles.
 *
 * In:  what Docusaurus hands the hook for every Markdown file it reads (the
 *      docs plugin for metadata, the MDX loader for the page module): the
 *      file's path and text.
 * Out: for an article under a docs folder (any locale, any version): its
 *      front matter validated (bad values fail the build: FrontMatterError),
 *      turned into Docusaurus' keys plus one `msdocs` object (ArticleMeta).
 *      Other Markdown files (pages) come back as Docusaurus parses them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {DEFAULT_LOCALE, docFileFor, locateDoc} from './paths';
import {parseMsDocsFrontMatter, toArticleMeta, toDocusaurusFrontMatter} from './frontmatter';

export interface ParseFrontMatterOptions {
  /** Site directory; defaults to the process' working directory. */
  siteDir?: string;
  /** Every locale of the site (to know where an article has a translation). */
  locales: string[];
  /**
   * Reads the file before validation; defaults to Docusaurus' own parser.
   * Other front matter hooks go here, so they see the file's keys as written.
   */
  parse?: ParseFrontMatter;
}

/** MDX partials (`_x.md`, `_folder/x.md`) are not pages: Docusaurus wants no front matter added to them. */
function isPartial(relPath: string): boolean {
  return relPath.split('/').some((segment) => segment.startsWith('_'));
}

export function createParseFrontMatter(options: ParseFrontMatterOptions): ParseFrontMatter {
  return async (params) => {
    const {filePath} = params;
    const siteDir = options.siteDir ?? process.cwd();
    const file = path.relative(siteDir, filePath) || filePath;
    let parsed;
    try {
      parsed = await (options.parse ?? params.defaultParseFrontMatter)(params);
    } catch (err) {
      // YAML errors don't say which file they come from; other hooks' errors do.
      if ((err as Error).name !== 'YAMLException') throw err;
      throw new Error(`Front matter of ${file} is not valid YAML: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const where = locateDoc(filePath, siteDir);
    if (!where) return parsed;

    const ctx = {file, locale: where.locale, defaultLocale: DEFAULT_LOCALE};
    const fm = parseMsDocsFrontMatter(parsed.frontMatter, ctx);
    if (isPartial(where.relPath) || Object.keys(parsed.frontMatter).length === 0) return parsed;

    const locales = options.locales.filter((locale) =>
      fs.existsSync(docFileFor(siteDir, locale, where.version, where.relPath)),
    );
    const meta = toArticleMeta(fm, {...ctx, locales});
    return {frontMatter: toDocusaurusFrontMatter(fm, meta), content: parsed.content};
  };
}
