/**
 * What a 404 address probably meant, so pasted links still land.
 *
 * A static host matches files exactly; support agents paste addresses in
 * other letter cases (`/TR-TR/Microsoft-365/...`), with Microsoft's locale
 * segment (`/en-us/...`, `/tr-tr/...`; the lowercase forms also exist as
 * static redirect pages) or with a short link typed in capitals (`/GO/X`).
 *
 * In:  the 404 address and the site's routes as this locale's build knows them
 *      (every locale has the same pages, under its own base URL).
 * Out: the address of the page meant, or undefined when there is none (or it
 *      is the address itself: never redirect in a loop).
 */
export interface LostPathSite {
  /** Route paths of this build, e.g. `/tr/microsoft-365/x` in the Turkish build. */
  routePaths: readonly string[];
  /** Base URL of this build: `/` or `/tr/`. */
  baseUrl: string;
  /** Base URL of each locale: `{en: '/', tr: '/tr/'}`; the default one is the site's root. */
  localeBaseUrls: Readonly<Record<string, string>>;
  defaultLocale: string;
  /** Path segment of short links: `go`. */
  shortLinkSegment: string;
}

/** `en-us`, `tr-tr`, `sr-latn-rs`: learn.microsoft.com's locale segment. */
const MS_LOCALE = /^([a-z]{2})-(?:[a-z]{4}-)?[a-z]{2}$/;

const trimSlashes = (p: string): string => p.replace(/^\/+|\/+$/g, '');

export function findMeantPath(pathname: string, site: LostPathSite): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const root = site.localeBaseUrls[site.defaultLocale] ?? '/';
  const lower = decoded.toLowerCase();
  if (!lower.startsWith(root.toLowerCase())) return undefined;

  let locale = site.defaultLocale;
  let segments = trimSlashes(decoded.slice(root.length)).split('/').filter(Boolean);
  const ms = MS_LOCALE.exec(segments[0]?.toLowerCase() ?? '');
  if (ms) {
    const language = ms[1] ?? '';
    locale = language in site.localeBaseUrls ? language : site.defaultLocale;
    segments = segments.slice(1);
  } else {
    for (const [other, base] of Object.entries(site.localeBaseUrls)) {
      if (other !== site.defaultLocale && `${lower}/`.startsWith(base.toLowerCase())) {
        locale = other;
        segments = trimSlashes(decoded.slice(base.length - 1))
          .split('/')
          .filter(Boolean);
      }
    }
  }
  const rest = segments.join('/').toLowerCase();
  const localeBase = site.localeBaseUrls[locale] ?? root;

  let meant: string | undefined;
  const shortLink = new RegExp(`^${site.shortLinkSegment}/([^/]+)$`).exec(rest);
  if (shortLink) {
    meant = `${localeBase}${site.shortLinkSegment}/${shortLink[1]}`;
  } else {
    const buildPrefix = site.baseUrl;
    for (const route of site.routePaths) {
      if (!route.startsWith(buildPrefix)) continue;
      const neutral = trimSlashes(route.slice(buildPrefix.length));
      if (neutral.toLowerCase() === rest) {
        meant = `${localeBase}${neutral}`;
        break;
      }
    }
  }
  if (meant === undefined) return undefined;
  const sameAddress = trimSlashes(meant) === trimSlashes(decoded);
  return sameAddress ? undefined : meant;
}
