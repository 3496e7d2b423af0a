/**
 * The head tags chat clients and ticket systems read to unfurl a pasted link
 * (Open Graph, Twitter cards).
 *
 * In:  `SitePreview`: nothing (site config, current locale); `PagePreview`:
 *      the page's own title, description, kind and last-modified date.
 * Out: `<meta>` tags through `@docusaurus/Head`:
 *  - every page (SitePreview, rendered by the SiteMetadata wrapper): og:site_name,
 *    og:locale in Open Graph's form (`tr_TR`) with og:locale:alternate for the
 *    other languages, og:type `website`, the locale's card as og:image (size,
 *    type, alt text in the page's language) and twitter:image, twitter:card
 *    `summary_large_image` (there is an image), and twitter:title /
 *    description defaulting to the site's title and tagline;
 *  - pages that know more (PagePreview: docs, the home page): og:title and
 *    twitter:title without the " | site" suffix (og:site_name says it),
 *    descriptions, og:type `article` with article:modified_time.
 * Why here: the theme writes og:locale from `htmlLang` (`tr`, not `tr_TR`)
 * and twitter:card `summary_large_image` without an image; a later `<Head>`
 * replaces a tag of the same name or property (react-helmet), so these
 * override the theme's without copying it.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {PREVIEW_IMAGE, openGraphLocale} from '@site/src/links/linkPreview';

export function SitePreview(): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const image = siteConfig.url + useBaseUrl(`/${PREVIEW_IMAGE.path}`);
  const language = i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale;
  const alt = translate(
    {
      id: 'linkPreview.image.alt',
      message: '{site}, in {language}',
      description:
        'Alt text of the picture shown when a link to the site is pasted in a chat or ticket; {language} is the name of the page language',
    },
    {site: siteConfig.title, language},
  );
  return (
    <Head>
      <meta property="og:site_name" content={siteConfig.title} />
      <meta property="og:type" content="website" />
      <meta property="og:locale" content={openGraphLocale(i18n.currentLocale)} />
      {i18n.locales
        .filter((l) => l !== i18n.currentLocale)
        .map((l) => (
          <meta key={l} property="og:locale:alternate" content={openGraphLocale(l)} />
        ))}
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content={PREVIEW_IMAGE.type} />
      <meta property="og:image:width" content={String(PREVIEW_IMAGE.width)} />
      <meta property="og:image:height" content={String(PREVIEW_IMAGE.height)} />
      <meta property="og:image:alt" content={alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={alt} />
      <meta name="twitter:title" content={siteConfig.title} />
      <meta name="description" content={siteConfig.tagline} />
      <meta property="og:description" content={siteConfig.tagline} />
      <meta name="twitter:description" content={siteConfig.tagline} />
    </Head>
  );
}

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
