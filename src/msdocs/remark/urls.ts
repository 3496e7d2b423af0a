/**
 * URLs as articles write them: one way to split and decode them for
 * ./links.ts, ./images.ts, ./includes.ts and ./link-text.ts.
 *
 * In:  a URL or path from an article (`../x.md?view=a#sec`, `media/a%20b.png`).
 * Out: its path and the rest (`?query#hash`, verbatim, so the page keeps
 *      exactly what the author wrote), the path decoded, whether it has a scheme.
 * Splitting is @docusaurus/utils' parseLocalURLPath (the parser Docusaurus'
 * own Markdown link resolution uses); a URL with a scheme or host is not
 * split.
 */
import {parseLocalURLPath} from '@docusaurus/utils';

export interface SplitUrl {
  pathname: string;
  /** `?query#hash` as written ('' when there is none). */
  suffix: string;
}

export function splitUrl(url: string): SplitUrl {
  const local = parseLocalURLPath(url);
  if (!local) return {pathname: url, suffix: ''};
  // parseLocalURLPath keeps the path as written; should it ever normalise it,
  // cut where the query or hash starts instead.
  const at = url.startsWith(local.pathname) ? local.pathname.length : url.search(/[?#]|$/);
  return {pathname: url.slice(0, at), suffix: url.slice(at)};
}

/** `decodeURI`, or the path as written when it isn't valid percent-encoding. */
export function safeDecode(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

/** `https:`, `mailto:`, `javascript:`... */
export const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);
