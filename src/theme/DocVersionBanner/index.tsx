/**
 * Wraps the theme's DocVersionBanner (never a copy).
 *
 * In:  the doc's version. Out: the theme's banner, on the pages of versions
 *      with a banner (2021-08: unmaintained) only; its code comes with those
 *      pages (src/components/LazyMdx). Translation notices sit under the
 *      title (src/components/TranslationNotice).
 */
import React, {type ReactNode} from 'react';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {lazyComponent} from '@site/src/components/LazyMdx';

type Props = WrapperProps<typeof DocVersionBannerType>;

const DocVersionBanner = lazyComponent<Props>(() => import('@theme-original/DocVersionBanner'));

export default function DocVersionBannerWrapper(props: Props): ReactNode {
  const {banner} = useDocsVersion();
  return banner ? <DocVersionBanner {...props} /> : null;
}
