/**
 * Microsoft's redirection entries as redirect rules of this site.
 *
 * In:  redirection files (`{"redirections": [{source_path, redirect_url,
 *      redirect_document_id}]}`, as in Microsoft's
 *      `.openpublishing.redirection.*.json`; `npm run import` writes one per
 *      locale as `imported/redirections.<locale>.json`), and what the site
 *      has: whether a route is a page, whether an external URL is allowed.
 * Out: rules `from` -> `to`, routes inside a version without base URL or
 *      version path (`/microsoft-365/commerce/a` -> `/microsoft-365/commerce/b`,
 *      `to` may keep `#hash`/`?query`) or an allowed external URL:
 *       - source_path `microsoft-365/commerce/a.md` (or `.yml`, `x/index.md`)
 *         is the route `/microsoft-365/commerce/a` (`/microsoft-365/commerce/x`);
 *       - a target that is itself the source of another entry is followed to
 *         the end of the chain;
 *       - a root-relative target that isn't a page of the site: when it lies
 *         in a docset the site publishes (a folder some page shares, down to
 *         `docsetDepth` segments), the entry is broken; anywhere else it is
 *         Learn's page (`https://learn.microsoft.com/<locale>/path`), as
 *         article links are (src/msdocs/remark/links.ts);
 *       - a `learn.microsoft.com` / `docs.microsoft.com` target that is a page
 *         of this site stays on the site.
 *      A loop, a broken target or a bad entry throws RedirectionError naming
 *      each entry (file, index, source_path) and what is wrong; with
 *      `onMissingTarget: 'warn'` (imported entries) a broken target is a
 *      content defect instead: Learn's page for it, reported.
 * Which files win: the first file that names a source (pass the default
 * locale's first: Microsoft's English redirections are the newer).
 */
import * as z from 'zod';

export interface RedirectionEntry {
  source_path: string;
  redirect_url: string;
  redirect_document_id: boolean;
  /** For messages: `file#index`. */
  at: string;
}

export interface RedirectRule {
  /** Route of the old address inside a version, e.g. `/microsoft-365/commerce/a`. */
  from: string;
  /** Route inside the same version (may end in `#hash`), or an absolute URL. */
  to: string;
  external: boolean;
  /** The entry that made the rule (`file#index source_path`). */
  entry: string;
}

export class RedirectionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Redirections: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'RedirectionError';
  }
}

const entrySchema = z.object({
  source_path: z.string().min(1),
  redirect_url: z.string().min(1),
  redirect_document_id: z.boolean().optional().default(false),
});
const fileSchema = z.object({redirections: z.array(z.unknown())});

/** Reads one redirection file's text; bad entries throw naming file, index and key. */
export function readRedirections(text: string, file: string): RedirectionEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RedirectionError([`${file}: not valid JSON: ${(err as Error).message}`]);
  }
  const top = fileSchema.safeParse(json);
  if (!top.success) {
    throw new RedirectionError([`${file}: expected {"redirections": [...]}`]);
  }
  const problems: string[] = [];
  const entries: RedirectionEntry[] = [];
  top.data.redirections.forEach((raw, i) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(
        `${file}#${i}: ${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}; expected source_path and redirect_url as text, redirect_document_id true or false`,
      );
      return;
    }
    entries.push({...parsed.data, at: `${file}#${i}`});
  });
  if (problems.length > 0) throw new RedirectionError(problems);
  return entries;
}

/** `microsoft-365/x/a.md`, `/microsoft-365/x/index.yml`, `/microsoft-365/x/a/` -> the route. */
export function routeOfPath(p: string): string {
  const clean = p
    .trim()
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.(mdx?|ya?ml)$/i, '')
    .replace(/(^|\/)index$/i, '');
  return `/${clean}`;
}

export interface ResolveOptions {
  /** Is this route (no base URL, no version) a page of the site? */
  isPage: (route: string) => boolean;
  /** Routes of the site's pages (to know which docsets it publishes). */
  pages: Iterable<string>;
  /** Undefined when an external URL may be a redirect target, else why not. */
  externalProblem: (url: string) => string | undefined;
  /** Learn's locale segment for root-relative targets outside the site (`en-us`). */
  learnLocale: string;
  /** Route segments that name a docset (`/microsoft-365/commerce`: 2). */
  docsetDepth?: number;
  /**
   * A target in a published docset that the site doesn't have: 'throw' (the
   * default; the team's own rules) or 'warn' (imported entries: Learn's page
   * for that path, told to `onDefect`; src/msdocs/defects.ts).
   */
  onMissingTarget?: 'throw' | 'warn';
  onDefect?: (entry: RedirectionEntry, message: string) => void;
}

const LEARN = 'https://learn.microsoft.com';
const LEARN_HOSTS = new Set(['learn.microsoft.com', 'docs.microsoft.com']);

function splitSuffix(url: string): {path: string; suffix: string} {
  const i = url.search(/[?#]/);
  return i === -1 ? {path: url, suffix: ''} : {path: url.slice(0, i), suffix: url.slice(i)};
}

const describe = (e: RedirectionEntry): string => `${e.at} (${e.source_path})`;

export function resolveRedirections(
  entries: readonly RedirectionEntry[],
  options: ResolveOptions,
): RedirectRule[] {
  const depth = options.docsetDepth ?? 2;
  const docsetOf = (route: string): string =>
    route
      .split('/')
      .slice(0, depth + 1)
      .join('/');
  const docsets = new Set([...options.pages].map(docsetOf));
  const problems: string[] = [];

  // First entry per source wins.
  const bySource = new Map<string, RedirectionEntry>();
  for (const entry of entries) {
    const from = routeOfPath(entry.source_path);
    if (!bySource.has(from)) bySource.set(from, entry);
  }

  type Step = {route: string; suffix: string} | {url: string};
  /** One entry's own target, before following chains. */
  const target = (entry: RedirectionEntry): Step | string => {
    const url = entry.redirect_url.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      const problem = options.externalProblem(url);
      let parsed: URL | undefined;
      try {
        parsed = new URL(url);
      } catch {
        return problem ?? `not a valid URL: ${url}`;
      }
      if (LEARN_HOSTS.has(parsed.hostname)) {
        // `/en-us/microsoft-365/x` or `/microsoft-365/x`: ours when we have it.
        const route = routeOfPath(parsed.pathname.replace(/^\/[a-z]{2}-[a-z]{2}(?=\/)/i, ''));
        if (options.isPage(route) || bySource.has(route)) {
          return {route, suffix: parsed.search + parsed.hash};
        }
      }
      return problem ? `target ${problem}` : {url};
    }
    if (!url.startsWith('/')) {
      return `target "${url}" is neither a root-relative path (/microsoft-365/...) nor an https URL`;
    }
    const {path, suffix} = splitSuffix(url);
    return {route: routeOfPath(path), suffix};
  };

  const rules: RedirectRule[] = [];
  for (const [from, entry] of bySource) {
    if (options.isPage(from)) continue; // the page is back: it wins (see the plugin)
    const seen = [from];
    let step = target(entry);
    let current = entry;
    let suffix = '';
    for (;;) {
      if (typeof step === 'string') {
        problems.push(`${describe(current)}: ${step}`);
        break;
      }
      if ('url' in step) {
        rules.push({from, to: step.url, external: true, entry: describe(entry)});
        break;
      }
      suffix = step.suffix || suffix;
      if (options.isPage(step.route)) {
        rules.push({from, to: step.route + suffix, external: false, entry: describe(entry)});
        break;
      }
      const next = bySource.get(step.route);
      if (next) {
        if (seen.includes(step.route)) {
          problems.push(
            `${describe(entry)}: redirects in a loop: ${[...seen, step.route].join(' -> ')}`,
          );
          break;
        }
        seen.push(step.route);
        current = next;
        step = target(next);
        continue;
      }
      const learn = `${LEARN}/${options.learnLocale}${step.route}${suffix}`;
      if (docsets.has(docsetOf(step.route))) {
        const message = `target ${step.route} is not a page of the site (its docset ${docsetOf(step.route)} is published here) and no entry redirects it`;
        if (options.onMissingTarget !== 'warn') {
          problems.push(`${describe(current)}: ${message}`);
          break;
        }
        options.onDefect?.(current, `${message}; redirected to ${learn}`);
      }
      rules.push({from, to: learn, external: true, entry: describe(entry)});
      break;
    }
  }
  if (problems.length > 0) throw new RedirectionError(problems);
  return rules.sort((a, b) => a.from.localeCompare(b.from));
}

/** A docs version of one locale: its path inside the locale (`` or `/2021-08`) and its pages. */
export interface SiteVersion {
  path: string;
  /** Routes of its pages inside the version (`/microsoft-365/commerce/a`). */
  pages: ReadonlySet<string>;
}

export interface Redirect {
  /** Address inside the locale (no base URL), e.g. `/2021-08/microsoft-365/x`. */
  from: string;
  /** Address inside the locale, or an absolute URL. */
  to: string;
  external: boolean;
}

/**
 * Every rule in every version (current version first): `/v/old` goes to
 * `/v/new` when that version has the page, else to the current version's
 * `/new` (the address stays alive). A version that still has a page at the
 * old address keeps it.
 */
export function expandForVersions(
  rules: readonly RedirectRule[],
  versions: readonly SiteVersion[],
): Redirect[] {
  const current = versions[0];
  if (!current) return [];
  const out: Redirect[] = [];
  for (const version of versions) {
    for (const rule of rules) {
      if (version.pages.has(rule.from)) continue;
      const from = version.path + rule.from;
      if (rule.external) {
        out.push({from, to: rule.to, external: true});
        continue;
      }
      const {path} = splitSuffix(rule.to);
      const base = version.pages.has(path) ? version.path : current.path;
      out.push({from, to: base + rule.to, external: false});
    }
  }
  return out;
}

/** `_redirects` lines as static hosts read them (Netlify, Cloudflare Pages): `from to 301`. */
export function redirectsFileLines(redirects: readonly Redirect[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const r of redirects) {
    if (seen.has(r.from)) continue; // first rule for an address wins, as the hosts apply them
    seen.add(r.from);
    lines.push(`${encodeURI(r.from)} ${r.external ? r.to : encodeURI(r.to)} 301`);
  }
  return lines;
}

/**
 * The rules of a `_redirects` file (what redirectsFileLines() writes), by
 * address: `from to [status]` lines, `#` comments; the first rule for an
 * address wins, as the hosts apply them. Addresses as written (encoded).
 */
export function parseRedirectsFile(text: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#') || rules.has(from)) continue;
    rules.set(from, to);
  }
  return rules;
}
