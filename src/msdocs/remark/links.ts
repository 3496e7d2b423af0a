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
 * Markdown in:  [Buy](/microsoft-365/commerce/licenses/buy-licenses#buy)
 * Markdown out: [Buy](https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/buy-licenses#buy)
 *            or [Buy](../licenses/buy-licenses.md#buy) when that article is here.
 */
import path from 'node:path';
import type {Root, Link, Definition, Image} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {learnLocale, type DocLocation} from '../paths';
import {findCaseInsensitive, resolveContentFile, toPosix} from '../files';
import {unsafeUrl, SAFE_CONTENT_HINT} from '../safety';
import {contentPathOf, createContext, fail, originOf, type Context, type MsdocsOptions} from './context';

export type LinksOptions = MsdocsOptions;

const LEARN = 'https://learn.microsoft.com';
const DOC_EXTENSIONS = ['.md', '.mdx'];

interface SplitUrl {
  pathname: string;
  suffix: string; // ?query#hash, kept verbatim
}

function splitUrl(url: string): SplitUrl {
  const i = url.search(/[?#]/);
  return i === -1 ? {pathname: url, suffix: ''} : {pathname: url.slice(0, i), suffix: url.slice(i)};
}

const hasScheme = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url);
const isRootRelative = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');
const isMarkdownPath = (pathname: string): boolean => /\.mdx?$/i.test(pathname);

/** Finds the doc file for a Microsoft path (without extension) in a folder. */
function findDoc(root: string, msPath: string): string | undefined {
  const base = msPath.replace(/^\/+/, '').replace(/\.mdx?$/i, '');
  const candidates = [
    ...DOC_EXTENSIONS.map((ext) => base + ext),
    ...DOC_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  for (const c of candidates) {
    // Microsoft's paths are case-insensitive (`/Exchange/...`); ours are files.
    const found = findCaseInsensitive(root, c);
    if (found) return found;
  }
  return undefined;
}

function safeDecode(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

export function learnUrl(locale: string, msPath: string, suffix: string): string {
  const clean = msPath.replace(/^\/+/, '').replace(/\.mdx?$/i, '').replace(/\/index$/i, '');
  return `${LEARN}/${learnLocale(locale)}/${clean}${suffix}`;
}

function rewrite(ctx: Context, where: DocLocation, url: string, node: Link | Definition): string {
  const {pathname, suffix} = splitUrl(url);
  if (!pathname || hasScheme(pathname) || pathname.startsWith('//')) return url;
  const origin = originOf(ctx, node);
  let msPath: string;
  if (isRootRelative(pathname)) msPath = pathname;
  else {
    msPath = path.posix.join(path.posix.dirname(contentPathOf(ctx, origin) ?? where.relPath), safeDecode(pathname));
    if (!isMarkdownPath(pathname)) {
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
    let rel = path.posix.relative(path.posix.dirname(where.relPath), targetRel);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return rel + suffix;
  }
  return learnUrl(ctx.locale, msPath, suffix);
}

export default function remarkMsdocsLinks(options: LinksOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
      const n = node as Link | Definition | Image;
      const unsafe = unsafeUrl(n.url);
      if (unsafe) fail(ctx, n, node.type, `${unsafe}: "${n.url}"; ${SAFE_CONTENT_HINT}`);
      if (node.type !== 'image' && ctx.where) n.url = rewrite(ctx, ctx.where, n.url, n as Link | Definition);
    });
  };
}
