/**
 * Wraps the theme's ContentVisibility (the banners of unlisted and draft
 * docs): every article renders it, few show a banner, so the banners' code
 * (and the Admonition they use) comes with those pages only.
 *
 * In:  the theme's props (the doc's metadata).
 * Out: nothing for a listed, published doc; otherwise the theme's own
 *      component (src/components/LazyMdx), with the theme's conditions.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/ContentVisibility';
import {lazyComponent} from '@site/src/components/LazyMdx';

const ContentVisibility = lazyComponent<Props>(() => import('@theme-original/ContentVisibility'));

export default function ContentVisibilityWrapper(props: Props): ReactNode {
  const {unlisted, frontMatter} = props.metadata;
  // The theme reads unlisted/draft from the front matter too (dev mode).
  if (!unlisted && !frontMatter.unlisted && !frontMatter.draft) return null;
  return <ContentVisibility {...props} />;
}
