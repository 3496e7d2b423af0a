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
 *
 * Markdown in:  [Buy](/microsoft-365/commerce/licenses/buy-licenses#buy)
 * Markdown out: [Buy](https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/buy-licenses#buy)
 *            or [Buy](../licenses/buy-licenses.md#buy) when that article is here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root, Link, Definition} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {learnLocale, locateDoc, DEFAULT_LOCALE} from '../paths';

export interface LinksOptions {
  /** Site directory; defaults to the process' working directory. */
  siteDir?: string;
  /** Locale being built; defaults to Docusaurus' DOCUSAURUS_CURRENT_LOCALE. */
  locale?: string;
}

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

function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function isRelativeMarkdown(pathname: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(pathname) && !pathname.startsWith('/') && /\.mdx?$/i.test(pathname);
}

/** Finds the doc file for a Microsoft path (without extension) in a folder. */
function findDoc(root: string, msPath: string): string | undefined {
  const base = msPath.replace(/^\/+/, '').replace(/\.mdx?$/i, '');
  const candidates = [
    ...DOC_EXTENSIONS.map((ext) => base + ext),
    ...DOC_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  // Microsoft's paths are case-insensitive (`/Exchange/...`); ours are files.
  for (const c of candidates) {
    const found = findCaseInsensitive(root, c);
    if (found) return found;
  }
  return undefined;
}

function findCaseInsensitive(root: string, rel: string): string | undefined {
  let dir = root;
  const segments = rel.split('/').filter(Boolean);
  for (const [i, seg] of segments.entries()) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      return undefined;
    }
    const match = entries.find((e) => e === seg) ?? entries.find((e) => e.toLowerCase() === seg.toLowerCase());
    if (!match) return undefined;
    dir = path.join(dir, match);
    if (i === segments.length - 1) return fs.statSync(dir).isFile() ? dir : undefined;
  }
  return undefined;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function learnUrl(locale: string, msPath: string, suffix: string): string {
  const clean = msPath.replace(/^\/+/, '').replace(/\.mdx?$/i, '').replace(/\/index$/i, '');
  return `${LEARN}/${learnLocale(locale)}/${clean}${suffix}`;
}

export default function remarkMsdocsLinks(options: LinksOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const siteDir = options.siteDir ?? process.cwd();
    const locale = options.locale ?? process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE;
    const filePath = file.path;
    const where = filePath ? locateDoc(filePath, siteDir) : undefined;
    if (!where || !filePath) return;

    const rewrite = (url: string): string => {
      const {pathname, suffix} = splitUrl(url);
      let msPath: string | undefined;
      if (isRootRelative(pathname)) msPath = pathname;
      else if (isRelativeMarkdown(pathname)) {
        msPath = path.posix.join(path.posix.dirname(where.relPath), decodeURI(pathname));
        if (msPath.startsWith('..')) return url; // outside the docs tree: leave to Docusaurus
      }
      if (msPath === undefined) return url;

      const target = findDoc(where.sourceRoot, msPath);
      if (target) {
        const targetRel = toPosix(path.relative(where.sourceRoot, target));
        let rel = path.posix.relative(path.posix.dirname(where.relPath), targetRel);
        if (!rel.startsWith('.')) rel = `./${rel}`;
        return rel + suffix;
      }
      return learnUrl(locale, msPath, suffix);
    };

    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const n = node as Link | Definition;
        n.url = rewrite(n.url);
      }
    });
  };
}
