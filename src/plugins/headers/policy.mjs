/**
 * The site's response headers, as a static host reads them: `_headers` at
 * the root of the build (the form Netlify and Cloudflare Pages read;
 * `npm run serve` applies the same file).
 *
 * In:  a built site (a folder of HTML pages) or the hashes found in one.
 * Out: the Content-Security-Policy that allows exactly the inline scripts
 *      and style elements the pages carry (a sha256 hash each, no
 *      'unsafe-inline' for either, nothing from other origins), the other security headers, the cache
 *      rule for hashed assets, and the `_headers` text holding them.
 * Why plain JavaScript: the Docusaurus plugin (./index.ts), the build script
 *      (scripts/build.mjs, which runs once every locale is in place) and the
 *      tests all call it, and only the plugin goes through TypeScript.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {parseDocument} from 'htmlparser2';
import {getElementsByTagName, textContent} from 'domutils';

/** The host rule file, at the root of the build. */
export const HEADERS_FILE = '_headers';

/**
 * Longest line Cloudflare Pages accepts in `_headers` (Netlify has no such
 * limit): the policy line must stay under it.
 */
export const MAX_HEADER_LINE = 2000;

/** `type` values a browser runs as script (none, a JavaScript MIME type, `module`). */
const SCRIPT_TYPES = /^(|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

/**
 * The sha256 source expression (`'sha256-...'`) of every inline script a
 * page runs. Data blocks (`application/ld+json`) are not run and need none.
 * @param {string | import('domhandler').Document} page its HTML, or parsed by htmlparser2
 * @returns {string[]}
 */
export function inlineScriptHashes(page) {
  const doc = typeof page === 'string' ? parseDocument(page) : page;
  return getElementsByTagName('script', doc)
    .filter((el) => runsInline(el.attribs))
    .map((el) => scriptHash(textContent(el)));
}

/**
 * Whether a `<script>` with these attributes is an inline script a browser
 * runs (no `src`; no type, a JavaScript one or `module`), whose hash the
 * policy needs.
 * @param {Record<string, string>} attribs
 * @returns {boolean}
 */
export function runsInline(attribs) {
  return attribs.src === undefined && SCRIPT_TYPES.test((attribs.type ?? '').trim());
}

/**
 * The sha256 source expression of every `<style>` element of a page (the
 * first screen's CSS, src/plugins/critical-css).
 * @param {string | import('domhandler').Document} page its HTML, or parsed by htmlparser2
 * @returns {string[]}
 */
export function inlineStyleHashes(page) {
  const doc = typeof page === 'string' ? parseDocument(page) : page;
  return getElementsByTagName('style', doc).map((el) => scriptHash(textContent(el)));
}

/**
 * @param {string} source the text between `<script>` and `</script>` (or `<style>` and `</style>`)
 * @returns {string}
 */
export function scriptHash(source) {
  return `'sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * Every HTML file under `dir` (every locale and version), as paths relative to it.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function htmlFiles(dir) {
  const entries = await fs.readdir(dir, {recursive: true});
  return entries.filter((f) => f.endsWith('.html')).sort();
}

/**
 * The hashes of the inline scripts of every page under `dir`, sorted.
 * @param {string} dir
 * @param {Iterable<string>} [extra] hashes to allow besides (scripts written by other plugins)
 * @returns {Promise<string[]>}
 */
export async function collectScriptHashes(dir, extra = []) {
  return (await collectHashes(dir, extra)).scripts;
}

/**
 * The hashes of the inline scripts and of the style elements of every page under `dir`, sorted.
 * @param {string} dir
 * @param {Iterable<string>} [extra] script hashes to allow besides
 * @returns {Promise<{scripts: string[], styles: string[]}>}
 */
export async function collectHashes(dir, extra = []) {
  const scripts = new Set(extra);
  const styles = new Set();
  for (const file of await htmlFiles(dir)) {
    const doc = parseDocument(await fs.readFile(path.join(dir, file), 'utf8'));
    for (const hash of inlineScriptHashes(doc)) scripts.add(hash);
    for (const hash of inlineStyleHashes(doc)) styles.add(hash);
  }
  return {scripts: [...scripts].sort(), styles: [...styles].sort()};
}

/**
 * The Content-Security-Policy of every page.
 *
 * Styles: React writes `style` attributes into the static HTML (the theme's
 * hidden SVG sprite, `display: contents` wrappers, icon alignment) and sets
 * more while the reader uses the page, so attributes need 'unsafe-inline';
 * style elements may only come from the site's own files or be one of the
 * hashed inline ones (`style-src-elem`, where the browser knows it; elsewhere
 * the `style-src` fallback applies: hashes stay out of it, since a hash there
 * would switch off its 'unsafe-inline' for attributes).
 * Images may be `data:` URLs: the theme's CSS draws its icons that way.
 * @param {readonly string[]} hashes from collectScriptHashes()
 * @param {readonly string[]} [styleHashes] of the pages' style elements
 * @returns {string}
 */
export function contentSecurityPolicy(hashes, styleHashes = []) {
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `style-src-elem 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers of every response. The policy forbids framing twice:
 * `frame-ancestors` for today's browsers, `X-Frame-Options` for older ones.
 * @param {readonly string[]} hashes
 * @param {readonly string[]} [styleHashes]
 * @returns {Record<string, string>}
 */
export function securityHeaders(hashes, styleHashes = []) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes, styleHashes),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Links to Learn and the admin portals send the origin, never the article path.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // No page asks for any of these; the copy-link buttons only write to the clipboard.
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers ignore it over plain http (npm run serve); a host on https keeps it.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/**
 * Hashed bundles, styles and images Docusaurus writes (`/assets/...`) never
 * change under their name: cached for a year. Everything else (HTML, the
 * search index, `img/`) gets the hosts' default, revalidated on every visit,
 * so a deploy shows at once. Not set on `/*`: hosts join the values of
 * every rule that matches, and two Cache-Control values would contradict.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';
export const ASSETS_PATTERN = '/assets/*';

/**
 * The `_headers` text: `path` lines, each followed by indented `Name: value` lines.
 * @param {readonly string[]} hashes
 * @param {readonly string[]} [styleHashes]
 * @returns {string}
 */
export function headersFileText(hashes, styleHashes = []) {
  const rule = (/** @type {string} */ pattern, /** @type {Record<string, string>} */ headers) => [
    pattern,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const lines = [
    '# Written by the build (src/plugins/headers): security headers of every page, cache rules.',
    ...rule('/*', securityHeaders(hashes, styleHashes)),
    ...rule(ASSETS_PATTERN, {'Cache-Control': IMMUTABLE}),
    '',
  ];
  const long = lines.find((line) => line.length > MAX_HEADER_LINE);
  if (long) {
    throw new Error(
      `headers: a line of ${HEADERS_FILE} is ${long.length} characters, over the ${MAX_HEADER_LINE} static hosts accept (${hashes.length} inline script hashes)${styleHashes.length ? ` and ${styleHashes.length} style hashes` : ''}: give pages fewer distinct inline scripts and styles`,
    );
  }
  return lines.join('\n');
}

/**
 * The script hashes of the policy in a `_headers` text (its `/*` rule).
 * @param {string} text
 * @returns {Set<string>}
 */
export function policyScriptHashes(text) {
  return policyHashes(text, 'script-src');
}

/**
 * The style element hashes of the policy in a `_headers` text (`style-src-elem`).
 * @param {string} text
 * @returns {Set<string>}
 */
export function policyStyleHashes(text) {
  return policyHashes(text, 'style-src-elem');
}

/**
 * @param {string} text a `_headers` text
 * @param {string} directive
 * @returns {Set<string>}
 */
function policyHashes(text, directive) {
  const policy = /^\s+Content-Security-Policy:(.*)$/im.exec(text)?.[1] ?? '';
  const found = policy.split(';').find((d) => d.trim().split(/\s+/)[0] === directive) ?? '';
  return new Set(found.match(/'sha256-[^']+'/g) ?? []);
}

/**
 * Writes `_headers` for the site under `dir` and returns the hashes allowed.
 * @param {string} dir
 * @param {Iterable<string>} [extra]
 * @returns {Promise<string[]>}
 */
export async function writeHeadersFile(dir, extra = []) {
  return writeHeaders(dir, await collectHashes(dir, extra));
}

/**
 * Writes `_headers` at `dir` for hashes already collected (by the pass over
 * the pages that src/plugins/critical-css makes) and returns the script
 * hashes allowed, sorted: what writeHeadersFile() writes for the same pages.
 * @param {string} dir
 * @param {{scripts: Iterable<string>, styles: Iterable<string>}} hashes
 * @returns {Promise<string[]>}
 */
export async function writeHeaders(dir, hashes) {
  const scripts = [...new Set(hashes.scripts)].sort();
  const styles = [...new Set(hashes.styles)].sort();
  await fs.writeFile(path.join(dir, HEADERS_FILE), headersFileText(scripts, styles));
  return scripts;
}
