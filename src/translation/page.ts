/**
 * What a doc page knows about its own translation (shared by the build and
 * the browser; no Node imports, so the theme can use it).
 *
 * The build (src/plugins/translation-status) puts it in the page's front
 * matter under KEY_STATUS, in translated locales only.
 */

/** Computed front matter key; never written in files. */
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
}
