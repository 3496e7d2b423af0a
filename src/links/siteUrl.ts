/**
 * The site's public address (Docusaurus' `url`), which every absolute link
 * the build writes carries: canonical links, hreflang alternates, sitemaps,
 * JSON-LD, the printed short links, the redirect pages' canonical links.
 *
 * In:  the environment (`SITE_URL`, set by a deployment) or nothing.
 * Out: an https origin without a trailing slash (`https://docs.example.com`);
 *      the placeholder origin when `SITE_URL` is unset or empty, so local
 *      builds and tests need no setting.
 * Why: an address with a path, a query or plain http would make canonical
 *      links point at pages the site doesn't serve; a bad value stops the
 *      build naming the variable, instead of publishing wrong links.
 */

/** The address of local builds and of tests that don't set one. */
export const DEFAULT_SITE_URL = 'https://licensing-guidance.example.org';

/** The environment variable a deployment sets. */
export const SITE_URL_VARIABLE = 'SITE_URL';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env[SITE_URL_VARIABLE]?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  const fail = (problem: string): never => {
    throw new Error(
      `${SITE_URL_VARIABLE}="${raw}": ${problem}; expected an https origin such as https://docs.example.com (no path, query or fragment)`,
    );
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('not an absolute URL');
  }
  if (url.protocol !== 'https:') fail(`the scheme is ${url.protocol.replace(/:$/, '')}`);
  if (url.username || url.password) fail('it holds a user name or password');
  // `https://x.org/` is the origin itself; `https://x.org/docs` is not.
  if (url.pathname !== '/') fail(`it has a path (${url.pathname})`);
  if (url.search || raw.includes('?')) fail('it has a query');
  if (url.hash || raw.includes('#')) fail('it has a fragment');
  return url.origin;
}
