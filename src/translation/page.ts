/**
 * What a doc page knows about its own translation (shared by the build and
 * the browser; no Node imports, so the theme can use it).
 *
 * In:  the translation status computed by the build
 *      (src/plugins/translation-status) and the article's Microsoft keys
 *      (ArticleMeta.translation).
 * Out: one normalised object per page, `PageTranslation`, built by
 *      `pageTranslation()`. Components read that (through
 *      src/components/TranslationNotice/usePageTranslation.ts), never the
 *      front matter keys.
 *
 * Why: the status travels from the status step of the front matter pipeline
 * (src/msdocs/parseFrontMatter.ts) to the ArticleMeta step under KEY_STATUS,
 * and ends up inside ArticleMeta.translation: one object on the page.
 */
import type {ArticleMeta} from '../msdocs/articleMeta';

/** Section id of the text before an article's first section heading (`##` or `###`). */
export const INTRO_SECTION = '_intro';

/** Computed front matter key, handed between two steps of the pipeline; never written in files. */
export const KEY_STATUS = 'translation.status';

export type Freshness = 'current' | 'outdated' | 'missing';
export type TranslationType = 'machine' | 'human';
/** Why a translation is outdated: the English text changed, or nothing was recorded. */
export type OutdatedReason = 'changed' | 'unrecorded';

export interface PageTranslationStatus {
  status: Freshness;
  /** Absent on a `missing` page (there is no translation). */
  type?: TranslationType;
  /** ISO date (`YYYY-MM-DD`) the translation was made, when known. */
  date?: string;
  reason?: OutdatedReason;
  /**
   * Ids of the English sections whose text changed since the translation was
   * recorded (`''` is the text before the first section heading); present on
   * an outdated page whose record lists its sections.
   */
  changedSections?: string[];
}

/** The page's translation, as every component sees it. */
export interface PageTranslation {
  /** `missing`: a page of a translated locale showing the English text. */
  status: Freshness;
  /** Translated by a machine (`ms.translationtype: MT`). */
  machine: boolean;
  /** Translated (or reviewed) by a person (`ms.translationtype: HT`). */
  reviewed: boolean;
  /** ISO date of the translation, when recorded. */
  date?: string;
  /** The page's dates as the build wrote them (ArticleMeta.dates). */
  dates?: Record<string, string>;
  reason?: OutdatedReason;
  /** See PageTranslationStatus.changedSections. */
  changedSections?: string[];
  /** Path of the same page in English (`/microsoft-365/...`). */
  englishPath: string;
}

/**
 * The page's translation, or undefined on a page that is not one (English, or
 * a page without Microsoft front matter).
 *
 * `currentLocale` is the locale being shown: an English file in a Turkish
 * build (no translation yet) is `missing`, never a translation of itself.
 */
export function pageTranslation(
  meta: ArticleMeta | undefined,
  currentLocale: string,
  englishPath: string,
): PageTranslation | undefined {
  const t = meta?.translation;
  if (!meta || !t) return undefined;
  if (t.status === 'missing')
    return {status: 'missing', machine: false, reviewed: false, englishPath};
  if (meta.locale !== currentLocale) return undefined;
  return {
    status: t.status ?? 'current',
    machine: t.type === 'MT',
    reviewed: t.type === 'HT',
    date: t.date,
    dates: meta.dates,
    reason: t.reason,
    changedSections: t.changedSections,
    englishPath,
  };
}
