/**
 * The one list of external hosts the site may link to, and the rule every
 * check applies to an external URL (the crawl, the build's check of redirect
 * targets in src/msdocs/redirections.ts, and any future check of Markdown
 * sources import it from here).
 *
 * In: an absolute URL. Out: undefined when allowed, else what is wrong.
 * Hosts match exactly (no subdomain wildcard), so `learn.microsoft.com.evil.example`
 * and `foo.aka.ms` fail. Liveness is not checked: CI has no network.
 */
export const ALLOWED_DOMAINS: readonly string[] = [
  // Microsoft Learn (the articles' upstream) and its old name, which redirects there.
  'learn.microsoft.com',
  'docs.microsoft.com',
  // Support articles and the admin portals the guidance sends administrators to.
  'support.microsoft.com',
  'admin.microsoft.com',
  'security.microsoft.com',
  'signup.microsoft.com',
  // Short links Microsoft uses in its articles.
  'aka.ms',
  'go.microsoft.com',
  // Product and plan pages.
  'www.microsoft.com',
  'microsoft.com',
  'techcommunity.microsoft.com',
  // Contributors' profiles (the `author` of Microsoft's front matter is a GitHub user name).
  'github.com',
];

/** Returns what is wrong with an external link, or undefined if it is fine. */
export function externalLinkProblem(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `not a valid URL: ${href}`;
  }
  if (url.protocol !== 'https:') return `not https: ${href}`;
  if (url.username || url.password) return `credentials in URL: ${href}`;
  if (!ALLOWED_DOMAINS.includes(url.hostname)) {
    return `domain ${url.hostname} is not in src/links/allowedDomains.ts: ${href}`;
  }
  return undefined;
}
