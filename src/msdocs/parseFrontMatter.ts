/**
 * `siteConfig.markdown.parseFrontMatter`: the front matter pipeline.
 *
 * In:  what Docusaurus hands the hook for every Markdown (and `.yml`) file it
 *      reads (the docs plugin for metadata, the MDX loader for the page
 *      module): the file's path and text.
 * Out: Docusaurus' parse, then each step of `siteFrontMatterSteps()` in the
 *      order written there, each getting what the one before returned:
 *        1. `.yml` FAQ/landing pages: their metadata and Markdown;
 *        2. translation status (translated locales): our record keys become
 *           the computed status (src/plugins/translation-status);
 *        3. Microsoft's front matter validated (bad values fail the build:
 *           FrontMatterError) and turned into Docusaurus' keys plus one
 *           `msdocs` object (ArticleMeta) that holds the status too;
 *        4. titles without `<a name>` (./plainHeadings.ts).
 *      Other Markdown files (pages) come back as Docusaurus parses them. In a
 *      file listed in imported-docsets.json (./defects.ts: 'warn'), a bad
 *      value is a content defect: the key is dropped, the page kept, and the
 *      defect recorded for the build's content report.
 *
 * Why one list: the steps depend on their order (status reads our record
 * keys before step 3 leaves raw keys behind); nesting wrappers hid it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {DEFAULT_LOCALE, docFileFor, locateDoc} from './paths';
import {
  FrontMatterError,
  parseMsDocsFrontMatter,
  toArticleMeta,
  toDocusaurusFrontMatter,
  type ParseContext,
  type RawFrontMatter,
} from './frontmatter';
import {formatArticleDate} from './articleMeta';
import {policyFor, writeDefects, type ContentDefect, type ContentDefectSettings} from './defects';
import {plainHeadingsStep} from './plainHeadings';
import {yamlPageStep} from './yaml/hooks';
import {translationStatusStep} from '../plugins/translation-status';
import {KEY_STATUS, type PageTranslationStatus} from '../translation/page';

type ParseParams = Parameters<ParseFrontMatter>[0];
export type ParsedFrontMatter = Awaited<ReturnType<ParseFrontMatter>>;
/** One step of the pipeline: what the steps before made of the file, and the file. */
export type FrontMatterStep = (
  parsed: ParsedFrontMatter,
  params: ParseParams,
) => ParsedFrontMatter | Promise<ParsedFrontMatter>;

export interface ParseFrontMatterOptions extends ContentDefectSettings {
  /** Site directory; defaults to the process' working directory. */
  siteDir?: string;
  /** Every locale of the site (to know where an article has a translation). */
  locales: string[];
  /** Locale being built; defaults to Docusaurus' DOCUSAURUS_CURRENT_LOCALE. */
  locale?: string;
  /** Language tag the page's dates are written in (the locale's `htmlLang`); defaults to the locale being built. */
  htmlLang?: string;
}

/** The site's steps, in the order they run. */
export function siteFrontMatterSteps(options: ParseFrontMatterOptions): FrontMatterStep[] {
  const {siteDir, locale} = options;
  return [
    yamlPageStep({siteDir}),
    translationStatusStep({siteDir, locale}),
    articleMetaStep(options),
    plainHeadingsStep,
  ];
}

/** A parseFrontMatter hook that runs Docusaurus' parser, then `steps` in order. */
export function frontMatterPipeline(steps: FrontMatterStep[], siteDir?: string): ParseFrontMatter {
  return async (params) => {
    let parsed: ParsedFrontMatter;
    try {
      parsed = await params.defaultParseFrontMatter(params);
    } catch (err) {
      // YAML errors don't say which file they come from.
      if ((err as Error).name !== 'YAMLException') throw err;
      const file = path.relative(siteDir ?? process.cwd(), params.filePath) || params.filePath;
      throw new Error(`Front matter of ${file} is not valid YAML: ${(err as Error).message}`, {
        cause: err,
      });
    }
    for (const step of steps) parsed = await step(parsed, params);
    return parsed;
  };
}

/** The site's hook: `siteFrontMatterSteps()` as a pipeline. */
export function createParseFrontMatter(options: ParseFrontMatterOptions): ParseFrontMatter {
  return frontMatterPipeline(siteFrontMatterSteps(options), options.siteDir);
}

/** MDX partials (`_x.md`, `_folder/x.md`) are not pages: Docusaurus wants no front matter added to them. */
function isPartial(relPath: string): boolean {
  return relPath.split('/').some((segment) => segment.startsWith('_'));
}

/** Step 3: Microsoft's front matter validated, as Docusaurus' keys plus ArticleMeta. */
function articleMetaStep(options: ParseFrontMatterOptions): FrontMatterStep {
  return (parsed, params) => {
    const {filePath} = params;
    const siteDir = options.siteDir ?? process.cwd();
    const file = path.relative(siteDir, filePath) || filePath;
    const where = locateDoc(filePath, siteDir);
    if (!where) return parsed;

    const ctx = {file, locale: where.locale, defaultLocale: DEFAULT_LOCALE};
    const lenient = policyFor(siteDir, options, [filePath]) === 'warn';
    const fm = lenient
      ? parseDroppingBadKeys(parsed.frontMatter, ctx, (problems) =>
          writeDefects(
            siteDir,
            process.env.DOCUSAURUS_CURRENT_LOCALE ?? where.locale,
            `front-matter:${filePath}`,
            filePath,
            problems.map((p) => ({
              file,
              ...lineOf(params.fileContent, p.key),
              construct: 'front matter',
              message: `${p.key}: ${p.expected}; the key was left out`,
              action: 'dropped-value',
              locale: process.env.DOCUSAURUS_CURRENT_LOCALE ?? where.locale,
              version: where.version,
            })),
          ),
        )
      : parseMsDocsFrontMatter(parsed.frontMatter, ctx);
    if (isPartial(where.relPath) || Object.keys(parsed.frontMatter).length === 0) return parsed;

    const locales = options.locales.filter((locale) =>
      fs.existsSync(docFileFor(siteDir, locale, where.version, where.relPath)),
    );
    const meta = toArticleMeta(fm, {...ctx, locales});
    const frontMatter = toDocusaurusFrontMatter(fm, meta);
    // The status of step 2 goes inside ArticleMeta: one translation object.
    const status = frontMatter[KEY_STATUS] as PageTranslationStatus | undefined;
    if (status) {
      delete frontMatter[KEY_STATUS];
      meta.translation = {
        ...meta.translation,
        status: status.status,
        ...(status.date ? {date: status.date} : {}),
        ...(status.reason ? {reason: status.reason} : {}),
        ...(status.changedSections ? {changedSections: status.changedSections} : {}),
      };
    }
    // A page of a docset with a toc.yml shows that navigation even when its
    // toc doesn't list it, as Learn does (Docusaurus shows no sidebar for a
    // doc outside every sidebar). The site has one sidebar, `docs`.
    const shown = [meta.updated, meta.translation?.date].filter((d): d is string => !!d);
    if (shown.length > 0) {
      const lang =
        options.htmlLang ??
        options.locale ??
        process.env.DOCUSAURUS_CURRENT_LOCALE ??
        DEFAULT_LOCALE;
      meta.dates = Object.fromEntries(shown.map((d) => [d, formatArticleDate(d, lang)]));
    }
    if (frontMatter.displayed_sidebar === undefined && underToc(where.sourceRoot, where.relPath)) {
      frontMatter.displayed_sidebar = SIDEBAR_ID;
    }
    return {frontMatter, content: parsed.content};
  };
}

/** The id of the site's one sidebar (sidebars.ts, versioned_sidebars/). */
const SIDEBAR_ID = 'docs';

const tocFolders = new Map<string, boolean>();

/** Whether a folder above `relPath` in the English content root holds a toc.yml. */
function underToc(sourceRoot: string, relPath: string): boolean {
  const parts = relPath.split('/').slice(0, -1);
  for (let i = parts.length; i > 0; i--) {
    const dir = path.join(sourceRoot, ...parts.slice(0, i));
    let found = tocFolders.get(dir);
    if (found === undefined) {
      found = fs.existsSync(path.join(dir, 'toc.yml')) || fs.existsSync(path.join(dir, 'TOC.yml'));
      tocFolders.set(dir, found);
    }
    if (found) return true;
  }
  return false;
}

/** Validates, leaving out each key with a bad value; `report` gets what was left out. */
function parseDroppingBadKeys(
  raw: RawFrontMatter,
  ctx: ParseContext,
  report: (problems: FrontMatterError['problems']) => void,
): ReturnType<typeof parseMsDocsFrontMatter> {
  const input = {...raw};
  const dropped: FrontMatterError['problems'] = [];
  // Each round drops the keys named in the error; a rule over two keys may need a second.
  for (;;) {
    try {
      const fm = parseMsDocsFrontMatter(input, ctx);
      report(dropped);
      return fm;
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      const keys = error.problems.map((p) => p.key).filter((k) => k in input);
      if (keys.length === 0) throw error;
      for (const k of keys) delete input[k];
      dropped.push(...error.problems);
    }
  }
}

/** Line and column of a front matter key in the file (1:1 when not found). */
function lineOf(source: string, key: string): Pick<ContentDefect, 'line' | 'column'> {
  const lines = source.split(/\r?\n/);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const i = lines.findIndex((l) => new RegExp(`^\\s*${escaped}\\s*:`, 'i').test(l));
  return i === -1 ? {line: 1, column: 1} : {line: i + 1, column: 1};
}
