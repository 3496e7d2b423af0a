/**
 * The link-preview tags of a page outside the docs (the home page): what
 * only the page knows, for chat clients and ticket systems that unfurl a
 * pasted link. Doc pages get theirs from ArticleHead (src/components/ArticleMeta).
 *
 * In:  the page's own title, description, kind and last-modified date.
 * Out: og:title and twitter:title without the " | site" suffix (og:site_name
 *      says it), twitter:description, og:type with article:modified_time,
 *      through `@docusaurus/Head`: rendered after the theme's title tags,
 *      these replace them (react-helmet keeps the last tag of a name or
 *      property).
 * The rest is no code in the browser: tags the same on every page of a locale
 * are written into the HTML (og:site_name, the card as og:image:
 * src/plugins/link-previews), and the defaults every page starts from
 * (og:locale as `tr_TR`, og:type `website`, descriptions) are the theme's
 * `metadata` (src/links/linkPreview.ts).
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';

export interface PagePreviewProps {
  /** The page's own title (no site suffix). */
  title?: string;
  description?: string;
  /** `article` for articles and FAQ pages; `website` (the default) otherwise. */
  type?: 'article' | 'website';
  /** Last modified, ISO 8601 (`2024-05-02`). */
  modified?: string;
}

export function PagePreview({title, description, type, modified}: PagePreviewProps): ReactNode {
  return (
    <Head>
      {title && <meta property="og:title" content={title} />}
      {title && <meta name="twitter:title" content={title} />}
      {description && <meta name="twitter:description" content={description} />}
      {type && <meta property="og:type" content={type} />}
      {type === 'article' && modified && (
        <meta property="article:modified_time" content={modified} />
      )}
    </Head>
  );
}
