/**
 * remark plugin: Microsoft Docs links.
 *
 * Microsoft's articles link to each other with root-relative paths
 * (`/microsoft-365/commerce/licenses/buy-licenses#anchor`) and relative
 * `.md` paths (`../billing/x.md`). On this site:
 *  - when the target article exists in the same version here, the link
 *    becomes a relative `.md` link, which Docusaurus resolves to the route of
 *    the page's own locale and version (and checks with onBrokenLinks);
 *  - otherwise it goes to learn.microsoft.com in the page's language:
 *    `/microsoft-365/x.md?q#a` -> `https://learn.microsoft.com/tr-tr/microsoft-365/x?q#a`.
 * Relative links written in an included file are relative to that file;
 * they are rebased onto the article. `javascript:` and similar URLs fail the
 * build.
 *
 * A `#anchor` into another article of this site is checked against that
 * article's heading ids (in the page's language). Microsoft rewrites its
 * articles and old anchors go (the 2021 English text links to a section the
 * 2024 one renamed): such a link goes to the top of the article, as it
 * would on Learn, and the build prints a warning naming both files.
 *
 * Markdown in:  [Buy](/microsoft-365/commerce/licenses/buy-licenses#buy)
 * Markdown out: [Buy](https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/buy-licenses#buy)
 *            or [Buy](../licenses/buy-licenses.md#buy) when that article is here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root, Link, Definition, Image} from 'mdast';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import logger from '@docusaurus/logger';
import {docFileFor, learnLocale, type DocLocation} from '../paths';
import {findCaseInsensitive, resolveContentFile, toPosix} from '../files';
import {unsafeUrl, SAFE_CONTENT_HINT} from '../safety';
import {
  contentPathOf,
  createContext,
  defect,
  displayPath,
  fail,
  locate,
  originOf,
  policyOf,
  recordDefect,
  type Context,
  type MsdocsOptions,
} from './context';
import {headingId} from './headings';
import {isYamlFile, loadYamlPage} from '../yaml';
import {hasScheme, safeDecode, splitUrl} from './urls';

export type LinksOptions = MsdocsOptions;

const LEARN = 'https://learn.microsoft.com';
const DOC_EXTENSIONS = ['.md', '.mdx', '.yml'];

const isRootRelative = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');
/**
 * A path to an article: `.md`, Microsoft's YAML pages (`faq.yml`, served
 * without the extension on Learn) or no extension; anything else is a file.
 */
const isArticlePath = (pathname: string): boolean =>
  /\.(mdx?|ya?ml)$/i.test(pathname) || !/\.[a-z0-9]+$/i.test(pathname.split('/').pop() ?? '');

/** Finds the doc file for a Microsoft path (without extension) in a folder. */
function findDoc(root: string, msPath: string): string | undefined {
  const base = msPath.replace(/^\/+/, '').replace(/\.(mdx?|ya?ml)$/i, '');
  const candidates = [
    ...DOC_EXTENSIONS.map((ext) => base + ext),
    ...DOC_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  for (const c of candidates) {
    // Navigation files are YAML but not pages.
    if (/(^|\/)toc\.yml$/i.test(c)) continue;
    // Microsoft's paths are case-insensitive (`/Exchange/...`); ours are files.
    const found = findCaseInsensitive(root, c);
    if (found) return found;
  }
  return undefined;
}

export function learnUrl(locale: string, msPath: string, suffix: string): string {
  const clean = msPath
    .replace(/^\/+/, '')
    .replace(/\.(mdx?|ya?ml)$/i, '')
    .replace(/\/index$/i, '');
  return `${LEARN}/${learnLocale(locale)}/${clean}${suffix}`;
}

const LONE_ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']?([^"'\s>]+)/gi;
const anchorCache = new Map<string, {mtimeMs: number; ids: Set<string>}>();

/** Heading ids (and `<a name>` targets) of an article, as the site gives them. */
function anchorsOf(processor: Processor, file: string, siteDir: string): Set<string> {
  const {mtimeMs} = fs.statSync(file);
  const cached = anchorCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.ids;
  // A FAQ or landing page (../yaml) is read as the Markdown it becomes.
  const value = isYamlFile(file)
    ? loadYamlPage(file, siteDir).markdown
    : fs.readFileSync(file, 'utf8');
  const tree = processor.parse(new VFile({path: file, value})) as Root;
  const ids = idsOf(tree);
  anchorCache.set(file, {mtimeMs, ids});
  return ids;
}

/** The file the page's locale shows for a target article of the same version. */
function localizedTarget(
  ctx: Context,
  where: DocLocation,
  targetRel: string,
  englishFile: string,
): string {
  const localized = docFileFor(ctx.siteDir, ctx.locale, where.version, targetRel);
  return fs.existsSync(localized) ? localized : englishFile;
}

function checkAnchor(
  processor: Processor,
  ctx: Context,
  node: Link | Definition,
  file: string,
  suffix: string,
): string {
  const hash = suffix.indexOf('#');
  if (hash === -1 || hash === suffix.length - 1) return suffix;
  const anchor = safeDecode(suffix.slice(hash + 1));
  if (anchorsOf(processor, file, ctx.siteDir).has(anchor)) return suffix;
  const message = `${displayPath(ctx, file)} has no heading "#${anchor}" (the article changed since the link was written); linking to the top of the article`;
  logger.warn(`${locate(ctx, node)}: link: ${message}`);
  recordDefect(ctx, node, 'link', message, 'linked-to-top');
  return suffix.slice(0, hash);
}

function rewrite(
  processor: Processor,
  ctx: Context,
  where: DocLocation,
  url: string,
  node: Link | Definition,
): string {
  const {pathname, suffix} = splitUrl(url);
  if (!pathname || hasScheme(pathname) || pathname.startsWith('//')) return url;
  const origin = originOf(ctx, node);
  let msPath: string;
  if (isRootRelative(pathname)) msPath = pathname;
  else {
    msPath = path.posix.join(
      path.posix.dirname(contentPathOf(ctx, origin) ?? where.relPath),
      safeDecode(pathname),
    );
    if (!isArticlePath(pathname)) {
      // A file next to the article: Docusaurus resolves it. One next to an
      // included file is rebased onto the article.
      if (origin === ctx.article) return url;
      const file = resolveContentFile(ctx.siteDir, path.join(where.contentRoot, msPath));
      return file ? toPosix(path.relative(path.dirname(ctx.article.path), file)) + suffix : url;
    }
    if (msPath.startsWith('..')) return url; // outside the docs tree: leave to Docusaurus
  }
  const target = findDoc(where.sourceRoot, msPath);
  if (target) {
    const targetRel = toPosix(path.relative(where.sourceRoot, target));
    if (isYamlFile(target)) {
      // Docusaurus resolves only `.md`/`.mdx` links to routes: a `.yml` page
      // is linked by its route, relative to this page's (same locale and version).
      return (
        routeRelative(where.relPath, targetRel) +
        checkAnchor(processor, ctx, node, localizedTarget(ctx, where, targetRel, target), suffix)
      );
    }
    let rel = path.posix.relative(path.posix.dirname(where.relPath), targetRel);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return (
      rel +
      checkAnchor(processor, ctx, node, localizedTarget(ctx, where, targetRel, target), suffix)
    );
  }
  return learnUrl(ctx.locale, msPath, suffix);
}

/** A doc's route inside its version: no extension, `x/index` is the folder `x`. */
const routeOf = (relPath: string): string =>
  relPath.replace(/\.(mdx?|ya?ml)$/i, '').replace(/(^|\/)index$/i, '');

/**
 * The URL of one doc's page relative to another's: up to the version's root
 * (`../` per folder of the page's route), then the target's route. Pages are
 * served without a trailing slash, so `/a/b/page` resolves `../` from `/a/b/`.
 */
export function routeRelative(fromRelPath: string, toRelPath: string): string {
  const depth = routeOf(fromRelPath).split('/').length - 1;
  return (depth === 0 ? './' : '../'.repeat(depth)) + routeOf(toRelPath);
}

/** Ids a reader can land on in this page: headings (numbered as Docusaurus numbers repeats), anchors, component ids. */
export function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  visit(tree, (node) => {
    const props = (node.data as {hProperties?: Record<string, unknown>} | undefined)?.hProperties;
    if (node.type === 'heading') {
      const id = String(props?.id ?? headingId(node));
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      ids.add(n === 0 ? id : `${id}-${n}`);
    } else if (typeof props?.id === 'string') ids.add(props.id);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string')
          ids.add(a.value);
    } else if (node.type === 'html') {
      for (const m of node.value.matchAll(LONE_ANCHOR)) if (m[1]) ids.add(m[1]);
    }
  });
  return ids;
}

/**
 * `#x` to a place this page doesn't have, in an imported article: a content
 * defect, linked to the top of the page. (The site's own articles are left
 * to Docusaurus' broken-anchor check, which fails the build.)
 */
function checkOwnAnchors(ctx: Context, tree: Root): void {
  let ids: Set<string> | undefined;
  visit(tree, 'link', (link: Link) => {
    if (!link.url.startsWith('#') || link.url.length < 2 || link.url.startsWith('#tab/')) return;
    if (policyOf(ctx, link) !== 'warn') return;
    ids ??= idsOf(tree);
    const anchor = safeDecode(link.url.slice(1));
    if (ids.has(anchor)) return;
    defect(
      ctx,
      link,
      'link',
      `this page has no heading or anchor "#${anchor}"; linking to the top of the page`,
      'linked-to-top',
    );
    link.url = '#';
  });
}

export default function remarkMsdocsLinks(this: Processor, options: LinksOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      const n = node as Link | Definition | Image;
      const unsafe = unsafeUrl(n.url);
      if (unsafe) fail(ctx, n, node.type, `${unsafe}: "${n.url}"; ${SAFE_CONTENT_HINT}`);
      if (node.type !== 'image' && ctx.where)
        n.url = rewrite(this, ctx, ctx.where, n.url, n as Link | Definition);
    });
    checkOwnAnchors(ctx, tree);
  };
}
