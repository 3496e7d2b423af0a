/**
 * What every page tells a chat client or ticket system that unfurls its link
 * (Open Graph, Twitter cards): the shared facts, for the build and the page.
 *
 * In:  nothing (constants and small pure helpers).
 * Out: the link-preview image of a locale (where the build writes it, its
 *      size and type) and the Open Graph form of a locale (`tr_TR`).
 * Why: the plugin that draws the image (src/plugins/link-previews), the head
 *      tags (src/components/LinkPreview) and the build check
 *      (scripts/check-build/previews.ts) must agree on one image and one
 *      locale form. Imported by React components: no Node here.
 */
import {CONTENT_LOCALES} from '../msdocs/articleMeta';

/** The card of a locale, under that locale's base URL (`/img/...`, `/tr/img/...`). */
export const PREVIEW_IMAGE = {
  path: 'img/link-preview.png',
  width: 1200,
  height: 630,
  type: 'image/png',
} as const;

/**
 * The site-wide preview tags of a locale's pages, for `themeConfig.metadata`:
 * the theme renders them after its own tags (replacing its og:locale, which
 * it writes in the HTML form `tr`), and a page's own title and description
 * tags, rendered later, replace the defaults. No code in the browser: the
 * values are the site configuration's.
 */
export function sitePreviewMetadata(
  locale: string,
  locales: readonly string[],
  site: {title: string; tagline: string},
): {property?: string; name?: string; content: string}[] {
  return [
    {property: 'og:type', content: 'website'},
    {property: 'og:locale', content: openGraphLocale(locale)},
    ...locales
      .filter((l) => l !== locale)
      .map((l) => ({property: 'og:locale:alternate', content: openGraphLocale(l)})),
    {name: 'twitter:title', content: site.title},
    {name: 'description', content: site.tagline},
    {property: 'og:description', content: site.tagline},
    {name: 'twitter:description', content: site.tagline},
  ];
}

/**
 * Open Graph's locale form, language_TERRITORY (`en_US`, `tr_TR`): the
 * content locale Microsoft's front matter uses, with an underscore.
 */
export function openGraphLocale(locale: string): string {
  return (CONTENT_LOCALES[locale] ?? locale).replace('-', '_');
}
