/**
 * The normalised article metadata that the rest of the site reads.
 *
 * In:  nothing (types and small pure helpers).
 * Out: `ArticleMeta`, the one object built from Microsoft's front matter by
 *      `src/msdocs/frontmatter.ts` at build time and handed to the browser as
 *      `frontMatter.msdocs`; helpers that turn it into what a page shows.
 *
 * This file is imported by React components, so it must stay free of Node
 * and of the validation library (both would land in the page's JavaScript).
 */

import type {Freshness, OutdatedReason} from '../translation/page';

/** Key under which Docusaurus' front matter carries the `ArticleMeta`. */
export const ARTICLE_META_KEY = 'msdocs';

/** Microsoft's content locale (`ms.contentlocale`) for each of our locales. */
export const CONTENT_LOCALES: Readonly<Record<string, string>> = {en: 'en-US', tr: 'tr-TR'};

export type TranslationType = 'MT' | 'HT';

export interface ArticleTranslation {
  /** `MT`: machine translated; `HT`: translated by a person. */
  type?: TranslationType;
  /** Microsoft's content locale, e.g. `tr-TR`. */
  locale?: string;
  /** When the English text was handed off for translation (ISO date). */
  handoff?: string;
  /** Commit of the English source the translation was made from. */
  sourceCommit?: string;
  /**
   * Computed by the build in a translated locale (src/translation/page.ts):
   * `missing` on the English file a translated locale shows for want of a
   * translation (the only key such a page has).
   */
  status?: Freshness;
  /** ISO date the translation was recorded (`translation.date`). */
  date?: string;
  reason?: OutdatedReason;
  /** English section ids changed since the translation was recorded. */
  changedSections?: string[];
}

export interface ArticleRobots {
  index: boolean;
  follow: boolean;
  archive: boolean;
}

export interface ArticleContributor {
  /** What the page shows: the GitHub handle, else Microsoft's alias. */
  name: string;
  /** GitHub handle (`author`), when known. */
  github?: string;
}

export interface ArticleMeta {
  /** Locale the file is written in, from its folder (`en`, `tr`). */
  locale: string;
  /** Locales in which this article has its own file, in the same version. */
  locales: string[];
  /** Last updated, `YYYY-MM-DD`: `ms.date`, else `ms.lasthandoff`. */
  updated?: string;
  /** Which key `updated` came from. */
  updatedFrom?: 'ms.date' | 'ms.lasthandoff';
  /** Present on translated pages (folder locale is not the source's). */
  translation?: ArticleTranslation;
  robots: ArticleRobots;
  /** `ms.topic`, in Microsoft's spelling (`article`, `how-to`, ...). */
  topic?: string;
  /** `ms.service`, else `ms.prod`. */
  service?: string;
  /** `ms.subservice`, else `ms.technology`. */
  subservice?: string;
  /** `ms.audience`, else `audience` (`Admin`, `ITPro`, ...). */
  audience?: string;
  contributors: ArticleContributor[];
  /** `ms.collection` and `ms.custom`, without repeats. */
  tags: string[];
  /**
   * The page's dates (`updated`, the translation's date) as the page shows
   * them, written by the build for the locale it builds (`YYYY-MM-DD` ->
   * "6 Ağustos 2021"): see `articleDateText()`.
   */
  dates?: Record<string, string>;
}

/**
 * The robots meta content for a page, or undefined when the page keeps the
 * default (index, follow, archive) and needs no tag.
 */
export function robotsContent(robots: ArticleRobots): string | undefined {
  const directives = [
    robots.index ? undefined : 'noindex',
    robots.follow ? undefined : 'nofollow',
    robots.archive ? undefined : 'noarchive',
  ].filter((d): d is string => d !== undefined);
  return directives.length > 0 ? directives.join(', ') : undefined;
}

/**
 * A `YYYY-MM-DD` date written out for a locale ("6 Ağustos 2021",
 * "August 6, 2021"). The date is a calendar day, not an instant: it is
 * formatted in UTC so no reader's time zone moves it to the day before.
 */
export function formatArticleDate(isoDate: string, htmlLang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`formatArticleDate: expected YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(htmlLang).format(day);
}

/**
 * A date of the page as the page shows it: the text the build wrote into the
 * page's metadata (`ArticleMeta.dates`), else formatted here.
 *
 * Why the build writes it: the first `Intl` formatter a page creates loads
 * the browser's locale data, 10-30 ms on a desktop core and about four times
 * that on a phone, inside hydration, to write a text the server-rendered page
 * already shows.
 */
export function articleDateText(
  isoDate: string,
  dates: Readonly<Record<string, string>> | undefined,
  htmlLang: string,
): string {
  return dates?.[isoDate] ?? formatArticleDate(isoDate, htmlLang);
}

// One formatter per language: creating one loads locale data, and the static
// build renders a date on every article page.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(htmlLang: string): Intl.DateTimeFormat {
  let format = dateFormats.get(htmlLang);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(htmlLang, format);
  }
  return format;
}
