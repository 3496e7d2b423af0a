/**
 * Wraps the theme's version badge (never a copy): on article pages, the
 * article's links (short link, link to this version, selected-text links)
 * follow it, above the title, where an agent looks for them.
 *
 * The badge also appears on generated category pages, which are not docs:
 * there the links are left out (they need the doc's front matter).
 */
import React, {type ReactNode} from 'react';
import DocVersionBadge from '@theme-original/DocVersionBadge';
import type DocVersionBadgeType from '@theme/DocVersionBadge';
import type {WrapperProps} from '@docusaurus/types';
import {useActiveDocContext} from '@docusaurus/plugin-content-docs/client';
import ArticleLinks from '@site/src/components/ArticleLinks';

type Props = WrapperProps<typeof DocVersionBadgeType>;

export default function DocVersionBadgeWrapper(props: Props): ReactNode {
  const {activeDoc} = useActiveDocContext(undefined);
  return (
    <>
      <DocVersionBadge {...props} />
      {activeDoc && <ArticleLinks />}
    </>
  );
}
