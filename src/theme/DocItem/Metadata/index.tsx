/**
 * Wraps the theme's DocItem/Metadata (never a copy): a doc page's link
 * preview says what it is.
 *
 * In:  the doc being rendered (title, description, source file) and its
 *      ArticleMeta (`updated`: `ms.date`, else `ms.lasthandoff`).
 * Out: the theme's title and description tags, then og:type `article` with
 *      article:modified_time for articles and FAQ pages (`website` for a
 *      folder's landing page, `index.yml`), og:title / twitter:title without
 *      the site suffix and twitter:description (src/components/LinkPreview).
 */
import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {PagePreview} from '@site/src/components/LinkPreview';
import {useArticleMeta} from '@site/src/components/ArticleMeta/useArticleMeta';

/** A folder's landing page (`index.yml`, src/msdocs/yaml): a website page, not an article. */
const LANDING = /(^|\/)index\.ya?ml$/i;

export default function MetadataWrapper(): ReactNode {
  const {metadata} = useDoc();
  const meta = useArticleMeta();
  return (
    <>
      <Metadata />
      <PagePreview
        title={metadata.title}
        description={metadata.description}
        type={LANDING.test(metadata.source) ? 'website' : 'article'}
        modified={meta?.updated}
      />
    </>
  );
}
