/**
 * The page's translation, for components inside a doc page.
 *
 * In:  the doc's ArticleMeta (its `translation`, status included, made by
 *      the front matter pipeline) and the locale being shown.
 * Out: the normalised `PageTranslation` (src/translation/page.ts) with the
 *      English page's path, or undefined on a page that is not a
 *      translation (English, or a doc without Microsoft front matter).
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {useArticleMeta} from '@site/src/components/ArticleMeta/useArticleMeta';
import {pageTranslation, type PageTranslation} from '@site/src/translation/page';

export function usePageTranslation(): PageTranslation | undefined {
  const {i18n} = useDocusaurusContext();
  const meta = useArticleMeta();
  const englishPath = useAlternatePageUtils().createUrl({
    locale: i18n.defaultLocale,
    fullyQualified: false,
  });
  return pageTranslation(meta, i18n.currentLocale, englishPath);
}
