/**
 * Quoted `data:` URLs of the CSS bundle, written so beasties keeps them whole.
 *
 * In:  the site's CSS bundle as the build wrote it.
 * Out: the same CSS, each quoted `data:` URL's escaped quotes (`\"`, `\'`)
 *      written as `%22` and `%27`, which the URL decodes to the same quote.
 * Why: beasties 0.5 rebases every relative `url()` of the rules it inlines
 *      against the stylesheet's folder. Its pattern reads a quoted URL that
 *      holds an escaped quote as an unquoted relative one, so Infima's icons
 *      (`url("data:image/svg+xml;utf8,<svg fill=\"currentColor\" ...")`)
 *      became `url(/assets/css/"data:...")`, with `//` folded besides: the
 *      search box's magnifier and the breadcrumbs' chevrons were missing from
 *      the first screen until the bundle arrived. `rebasedQuotedUrl` is the
 *      fence that fails the build if a rule still comes out that way.
 */

/** `url("...")` or `url('...')`, escapes included; group 2 is the URL. */
const QUOTED_URL = /url\(\s*(["'])((?:\\[\s\S]|(?!\1)[^\\])*)\1\s*\)/g;

export function encodeDataUrlQuotes(css: string): string {
  return css.replace(QUOTED_URL, (match, quote: string, url: string) => {
    if (!/^data:/i.test(url) || !/\\["']/.test(url)) return match;
    const encoded = url.replace(/\\(["'])/g, (_, q: string) => (q === '"' ? '%22' : '%27'));
    return `url(${quote}${encoded}${quote})`;
  });
}

/** The first `url()` whose value is a path followed by a quote (a quoted URL rebased as a path), if any. */
export function rebasedQuotedUrl(css: string): string | undefined {
  return /url\([^)"'\s]*\/["'][^)]{0,40}/.exec(css)?.[0];
}
