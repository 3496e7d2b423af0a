/**
 * What an article page tells search engines, from its ArticleMeta.
 *
 * In:  the article's ArticleMeta and the doc being rendered.
 * Out: `<head>` tags:
 *  - `<meta name="robots">` for Microsoft's `ROBOTS` (NOINDEX also takes
 *    the page out of sitemap.xml: Docusaurus' sitemap plugin drops pages
 *    whose head says noindex);
 *  - on a page Docusaurus shows in another locale because it has no
 *    translation yet, a canonical link to the page in its own language;
 *  - JSON-LD `TechArticle` (headline, language, date, author, and for a
 *    translation the English work it translates);
 *  - link-preview tags (Open Graph, Twitter cards; rendered after the theme's
 *    title tags, so they replace them): og:title and twitter:title without
 *    the " | site" suffix, twitter:description, og:type `article` (`website`
 *    for a landing page) and article:modified_time; the site-wide ones are
 *    src/plugins/link-previews' and src/links/linkPreview.ts'.
 * The theme already writes the canonical link and hreflang alternates of
 * every page (SiteMetadata).
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {CONTENT_LOCALES, robotsContent, type ArticleMeta} from '@site/src/msdocs/articleMeta';

/** A folder's landing page (`index.yml`, src/msdocs/yaml): a website page for link previews, not an article. */
const LANDING = /(^|\/)index\.ya?ml$/i;

/** JSON for a `<script>` element: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export default function ArticleHead({meta}: {meta: ArticleMeta}): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const {metadata} = useDoc();
  const alternates = useAlternatePageUtils();
  const robots = robotsContent(meta.robots);
  const fallback = meta.locale !== i18n.currentLocale;
  const url = fallback
    ? alternates.createUrl({locale: meta.locale, fullyQualified: true})
    : `${siteConfig.url}${metadata.permalink}`;
  const translated = meta.translation !== undefined && !fallback;

  const structuredData = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: metadata.title,
    ...(metadata.description && {description: metadata.description}),
    inLanguage: CONTENT_LOCALES[meta.locale] ?? meta.locale,
    url,
    ...(meta.updated && {dateModified: meta.updated}),
    ...(meta.contributors.length > 0 && {
      author: meta.contributors.map((c) => ({
        '@type': 'Person',
        name: c.name,
        ...(c.github && {url: `https://github.com/${c.github}`}),
      })),
    }),
    ...(translated && {
      translationOfWork: {
        '@type': 'TechArticle',
        url: alternates.createUrl({locale: i18n.defaultLocale, fullyQualified: true}),
        inLanguage: CONTENT_LOCALES[i18n.defaultLocale] ?? i18n.defaultLocale,
      },
    }),
  };

  return (
    <Head>
      {robots && <meta name="robots" content={robots} />}
      {fallback && <link rel="canonical" href={url} />}
      {fallback && <meta property="og:url" content={url} />}
      <script type="application/ld+json">{scriptJson(structuredData)}</script>
      {/* Link previews: the page's own title (og:site_name names the site), what it is, when it changed. */}
      <meta property="og:title" content={metadata.title} />
      <meta name="twitter:title" content={metadata.title} />
      {metadata.description && <meta name="twitter:description" content={metadata.description} />}
      <meta property="og:type" content={LANDING.test(metadata.source) ? 'website' : 'article'} />
      {meta.updated && <meta property="article:modified_time" content={meta.updated} />}
    </Head>
  );
}
