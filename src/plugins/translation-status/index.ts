/**
 * Translation status at build time.
 *
 * Two parts, both over src/translation (files only, no git):
 *
 * 1. `translationStatusStep()`, a step of the front matter pipeline
 *    (src/msdocs/parseFrontMatter.ts). In a translated locale's build it
 *    puts the computed key `translation.status` in the front matter of each
 *    doc page, in place of our record keys (`translation.sourcehash`,
 *    `translation.date`); the ArticleMeta step then moves it into
 *    `msdocs.translation` (src/translation/page.ts):
 *      {status: 'current' | 'outdated' | 'missing', type?, date?, reason?}
 *    - a translation file: compared with the current hash of its English source;
 *    - an English file built for that locale (Docusaurus' fallback when no
 *      translation exists): `missing`.
 *    The docs plugin copies front matter into each page's own metadata, so
 *    the status travels with the page that needs it (a few dozen bytes), not
 *    in global data every page downloads. The translation notice reads it
 *    through `usePageTranslation()` (the metadata module is regenerated on
 *    every build, so Rspack's persistent cache can't serve a stale status).
 *
 * 2. The plugin checks every record of every locale and version when the
 *    site loads (a bad `translation.*` value fails the build with file, key
 *    and expectation, in whichever locale is built first) and logs a
 *    one-line summary for the locale being built; `npm run i18n:status`
 *    prints the full table.
 */
import path from 'node:path';
import fs from 'node:fs/promises';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {FrontMatterStep} from '../../msdocs/parseFrontMatter';
import {DEFAULT_LOCALE, locateDoc} from '../../msdocs/paths';
import {hashSourceFile, freshness, isPartial, scanSite} from '../../translation/status';
import {KEY_DATE, KEY_SECTIONS, KEY_SOURCE_HASH, readRecord} from '../../translation/record';
import {parseMarkdown, sectionHashes} from '../../translation/hash';
import {KEY_STATUS, type PageTranslationStatus} from '../../translation/page';
import {summarise} from '../../translation/cli';

export interface TranslationStatusOptions {
  /** Site folder; defaults to the working directory (where Docusaurus runs). */
  siteDir?: string;
  /** Locale being built; defaults to Docusaurus' DOCUSAURUS_CURRENT_LOCALE. */
  locale?: string;
}

/**
 * Source hashes by file, reused while the file is unchanged: each doc is
 * parsed twice per build, and the plugin's check of every record hashes every
 * English source too. The promise is kept, so calls that overlap share one read.
 */
const hashCache = new Map<string, {mtimeMs: number; size: number; hash: Promise<string>}>();

async function cachedSourceHash(file: string, label: string): Promise<string> {
  const stat = await fs.stat(file);
  const hit = hashCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.hash;
  const hash = hashSourceFile(file, label);
  hashCache.set(file, {mtimeMs: stat.mtimeMs, size: stat.size, hash});
  // A failure is not kept: the next build of the file tries again.
  hash.catch(() => hashCache.delete(file));
  return hash;
}

const sectionCache = new Map<
  string,
  {mtimeMs: number; size: number; sections: Record<string, string>}
>();

/** Section hashes of an English source (src/translation/hash.ts), reused while the file is unchanged. */
async function cachedSections(file: string): Promise<Record<string, string>> {
  const stat = await fs.stat(file);
  const hit = sectionCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.sections;
  const {body} = await parseMarkdown(await fs.readFile(file, 'utf8'), file);
  const sections = sectionHashes(body);
  sectionCache.set(file, {mtimeMs: stat.mtimeMs, size: stat.size, sections});
  return sections;
}

/**
 * Ids of the English sections that differ from the record's: changed or new.
 * Undefined when the record lists no sections (recorded before they were).
 */
async function changedSections(
  recorded: Record<string, string> | undefined,
  source: string,
): Promise<string[] | undefined> {
  if (!recorded) return undefined;
  const now = await cachedSections(source);
  return Object.keys(now).filter((id) => recorded[id] !== now[id]);
}

/** The status of one doc file as built for `locale`, or undefined when it has none. */
export async function pageStatus(
  filePath: string,
  frontMatter: Record<string, unknown>,
  {siteDir, locale}: Required<TranslationStatusOptions>,
): Promise<PageTranslationStatus | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const where = locateDoc(filePath, siteDir);
  if (!where || isPartial(where.relPath)) return undefined;
  const label = path.relative(siteDir, filePath).split(path.sep).join('/');
  if (where.locale === DEFAULT_LOCALE) return {status: 'missing'};
  if (where.locale !== locale) return undefined;

  const record = readRecord(frontMatter, label);
  const source = path.join(where.sourceRoot, where.relPath);
  const sourceLabel = path.relative(siteDir, source).split(path.sep).join('/');
  const f = freshness(record, await cachedSourceHash(source, sourceLabel));
  const changed =
    f.freshness === 'outdated' ? await changedSections(record.sections, source) : undefined;
  return {
    status: f.freshness,
    type: record.type,
    ...(record.date ? {date: record.date} : {}),
    ...(f.reason ? {reason: f.reason} : {}),
    ...(changed ? {changedSections: changed} : {}),
  };
}

/**
 * Front matter step (src/msdocs/parseFrontMatter.ts): a doc page of a
 * translated locale gets its status under KEY_STATUS, which the ArticleMeta
 * step moves into `msdocs.translation`.
 */
export function translationStatusStep(options: TranslationStatusOptions = {}): FrontMatterStep {
  return async (parsed, params) => {
    const status = await pageStatus(params.filePath, parsed.frontMatter, {
      siteDir: options.siteDir ?? process.cwd(),
      locale: options.locale ?? process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE,
    });
    if (!status) return parsed;
    // The page gets the derived status instead of our record: the hash
    // means nothing to a reader and would ship twice in every page's
    // JavaScript (front matter export and metadata). Microsoft's keys stay.
    const frontMatter = {...parsed.frontMatter};
    delete frontMatter[KEY_SOURCE_HASH];
    delete frontMatter[KEY_DATE];
    delete frontMatter[KEY_SECTIONS];
    frontMatter[KEY_STATUS] = status;
    return {...parsed, frontMatter};
  };
}

export default function translationStatus(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  const locales = i18n.locales.filter((l) => l !== i18n.defaultLocale);
  return {
    name: 'translation-status',
    getPathsToWatch() {
      return [
        path.join(siteDir, 'i18n', '*', 'docusaurus-plugin-content-docs', '**', '*.{md,mdx}'),
      ];
    },
    async loadContent() {
      const rows = await scanSite({siteDir, locales, hashSource: cachedSourceHash});
      const orphans = rows.filter((r) => r.status === 'orphaned');
      for (const r of orphans) {
        logger.warn`Translation without an English source (not built): path=${r.translationFile ?? r.article}`;
      }
      if (i18n.currentLocale !== i18n.defaultLocale) {
        const own = rows.filter((r) => r.locale === i18n.currentLocale);
        logger.info(
          `[translation-status] ${i18n.currentLocale}: ${summarise(own)} (details: npm run i18n:status)`,
        );
      }
    },
  };
}
