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
 * Open Graph's locale form, language_TERRITORY (`en_US`, `tr_TR`): the
 * content locale Microsoft's front matter uses, with an underscore.
 */
export function openGraphLocale(locale: string): string {
  return (CONTENT_LOCALES[locale] ?? locale).replace('-', '_');
}
