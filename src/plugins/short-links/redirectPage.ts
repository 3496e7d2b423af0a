/**
 * A static redirect page, for hosts that know nothing but files.
 *
 * In:  the address to go to (site-relative, with base URL), its absolute
 *      canonical form, the page's language and the title of the target.
 * Out: a small HTML document that goes there three ways: a script that keeps
 *      `?query#hash` (so `/go/x#section` lands on the section), a meta refresh
 *      for readers without JavaScript, and a plain link as a last resort.
 *      It is `noindex`: search engines should index the article, not this.
 *      The script is the same on every redirect page (the target is read
 *      from `data-to`), so the site's Content-Security-Policy allows it with
 *      one hash (src/plugins/headers) instead of one per page.
 */

/** The inline script of every redirect page; its hash is in the site's CSP. */
export const REDIRECT_SCRIPT =
  'location.replace(document.documentElement.dataset.to + location.search + location.hash);';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface RedirectPage {
  /** Site-relative target, e.g. `/tr/microsoft-365/x`. */
  to: string;
  /** Absolute URL of the target, for `rel=canonical`. */
  canonical: string;
  /** BCP 47 language of the target page. */
  lang: string;
  /** Title of the target page. */
  title: string;
}

export function redirectPageHtml({to, canonical, lang, title}: RedirectPage): string {
  const href = escapeHtml(encodeURI(to));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" data-to="${href}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(encodeURI(canonical))}">
<script>${REDIRECT_SCRIPT}</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p><a href="${href}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}
