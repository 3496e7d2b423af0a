/**
 * Wraps the theme's doc footer (tags, "Edit this page", last updated): this
 * site's articles show none of them today (ArticleMeta shows ms.date), so the
 * footer's code comes only with a doc that has one of them.
 *
 * In:  the current doc (useDoc). Out: nothing, as the theme renders when
 *      there is nothing to show; otherwise the theme's own footer
 *      (src/components/LazyMdx).
 */
import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {lazyComponent} from '@site/src/components/LazyMdx';

const DocItemFooter = lazyComponent<object>(() => import('@theme-original/DocItem/Footer'));

export default function DocItemFooterWrapper(): ReactNode {
  const {editUrl, lastUpdatedAt, lastUpdatedBy, tags} = useDoc().metadata;
  // The theme's own test for "anything to show".
  if (tags.length === 0 && !editUrl && !lastUpdatedAt && !lastUpdatedBy) return null;
  return <DocItemFooter />;
}
