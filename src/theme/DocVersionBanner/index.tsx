import React, {type ReactNode} from 'react';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {lazyComponent} from '@site/src/components/LazyMdx';
import TranslationStatusNotice from '@site/src/components/TranslationStatusNotice';
import {KEY_STATUS, type PageTranslationStatus} from '@site/src/translation/page';

type Props = WrapperProps<typeof DocVersionBannerType>;

// The theme's banner shows on the pages of versions with a banner (2021-08:
// unmaintained) only: its code comes with those pages (src/components/LazyMdx).
const DocVersionBanner = lazyComponent<Props>(() => import('@theme-original/DocVersionBanner'));

/**
 * The page's translation status, or undefined outside a doc page: the theme
 * also renders this banner on generated category index pages, where there is
 * no doc and useDoc() throws. useDoc reads a context before throwing, so the
 * hooks called stay the same on every render.
 */
function usePageTranslationStatus(): PageTranslationStatus | undefined {
  try {
    const frontMatter = useDoc().metadata.frontMatter as Record<string, unknown>;
    return frontMatter[KEY_STATUS] as PageTranslationStatus | undefined;
  } catch {
    return undefined;
  }
}

// Wraps the version banner (never a copy): the translation notice sits with
// the other page-level banners, above the breadcrumbs and the title.
export default function DocVersionBannerWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const status = usePageTranslationStatus();
  const {banner} = useDocsVersion();
  return (
    <>
      {banner && <DocVersionBanner {...props} />}
      {status && (
        <TranslationStatusNotice
          status={status}
          englishUrl={createUrl({locale: i18n.defaultLocale, fullyQualified: false})}
          lang={i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale}
        />
      )}
    </>
  );
}
