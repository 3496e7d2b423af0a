/**
 * The search library's build-time steps, run by src/plugins/search in place
 * of the library's own postBuild.
 *
 * In: the library's processed options and Docusaurus' postBuild props.
 * Out: per version, one version at a time, the output folder its
 * `search-index.json` goes in and the documents of its pages (page titles, headings, descriptions, keywords,
 * section texts: the library's five document lists), extracted by the
 * library's own page parsers (parseDocument, parsePage), so results look as
 * the library's search box expects.
 *
 * Why not the library's postBuild: it builds a lunr index with its analysis,
 * writes it, and the site then read it back and built it again with its own
 * (src/search/lunr-analysis.ts); here the index is built once. And it parses
 * every page with cheerio's default parser (parse5, a spec-exact HTML5 tree
 * builder); the built pages are the minifier's well-formed output, which
 * htmlparser2 (cheerio's other parser) reads about three times faster into
 * the same text. Document ids count from 1 in each locale's build (the
 * library's counter ran on across the locales of one process), so a locale's
 * index is the same whether the locales are built in one process or in
 * parallel ones (scripts/build.mjs).
 */
import fs from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Props} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import type {CheerioAPI} from 'cheerio';
import type {SearchDocument} from '../../search/lunr-analysis';

const libraryRequire = createRequire(require.resolve('@easyops-cn/docusaurus-search-local'));
const utils = (name: string) =>
  libraryRequire(`./utils/${name}`) as Record<string, (...args: never[]) => unknown>;

/** The library's options after its processPluginOptions (arrays, resolved folders). */
export type SearchConfig = PluginOptions & {
  forceIgnoreNoIndex?: boolean;
  ignoreCssSelectors: string[];
  searchContextByPaths?: unknown;
};

interface DocInfo {
  filePath: string;
  url: string;
  type: 'docs' | 'blog' | 'page';
}
interface VersionDocInfos {
  outDir: string;
  paths: DocInfo[];
}
interface ParsedPage {
  pageTitle: string;
  description?: string;
  keywords?: string;
  sections: {title: string; hash: string; content: string}[];
  breadcrumb?: string[];
}

const processPluginOptions = utils('processPluginOptions').processPluginOptions as unknown as (
  options: PluginOptions,
  context: LoadContext,
) => SearchConfig;
const processDocInfos = utils('processDocInfos').processDocInfos as unknown as (
  props: Props,
  config: SearchConfig,
) => VersionDocInfos[];
const parseDocument = utils('parseDocument').parseDocument as unknown as (
  $: CheerioAPI,
) => ParsedPage;
const parsePage = utils('parsePage').parsePage as unknown as (
  $: CheerioAPI,
  url: string,
) => ParsedPage;
// The cheerio the library itself depends on.
const cheerio = libraryRequire('cheerio') as typeof import('cheerio');

export function searchConfig(options: PluginOptions, context: LoadContext): SearchConfig {
  const config = processPluginOptions(options, context);
  if (config.searchContextByPaths) {
    // The library then splits indexes by path; this site keeps one per version.
    throw new Error(
      'Search: the option searchContextByPaths is not supported by src/plugins/search.',
    );
  }
  return config;
}

/** The library's parse(), with htmlparser2: undefined for a page it leaves out (noindex). */
export function parseBuiltPage(
  html: string,
  type: DocInfo['type'],
  url: string,
  config: SearchConfig,
): ParsedPage | undefined {
  const $ = cheerio.load(html, {xml: {xmlMode: false, decodeEntities: true}});
  if (!config.forceIgnoreNoIndex && $('meta[name="robots"]').attr('content')?.includes('noindex'))
    return undefined;
  // Copy buttons of code blocks, selectors the site ignores, version badges.
  $('div[class^="mdxCodeBlock_"] button').remove();
  for (const selector of config.ignoreCssSelectors ?? []) $(selector).remove();
  if (type === 'docs') {
    $('span.badge')
      .filter((_, element) => $(element).text().startsWith('Version:'))
      .remove();
  }
  return type === 'page' ? parsePage($, url) : parseDocument($);
}

/** The library's five document lists (titles, headings, descriptions, keywords, texts) of one version. */
function toDocuments(
  pages: {parsed: ParsedPage; url: string}[],
  nextId: () => number,
): SearchDocument[][] {
  const titles: SearchDocument[] = [];
  const headings: SearchDocument[] = [];
  const descriptions: SearchDocument[] = [];
  const keywords: SearchDocument[] = [];
  const contents: SearchDocument[] = [];
  for (const {parsed, url} of pages) {
    const {pageTitle, description, sections, breadcrumb} = parsed;
    const titleId = nextId();
    titles.push({i: titleId, t: pageTitle, u: url, b: breadcrumb});
    if (description)
      descriptions.push({i: titleId, t: description, s: pageTitle, u: url, p: titleId});
    if (parsed.keywords)
      keywords.push({i: titleId, t: parsed.keywords, s: pageTitle, u: url, p: titleId});
    for (const section of sections) {
      const hash = trimmedHash(section.hash, url);
      if (hash === false) continue;
      if (section.title !== pageTitle)
        headings.push({i: nextId(), t: section.title, u: url, h: hash, p: titleId});
      if (section.content)
        contents.push({
          i: nextId(),
          t: section.content,
          s: section.title || pageTitle,
          u: url,
          h: hash,
          p: titleId,
        });
    }
  }
  return [titles, headings, descriptions, keywords, contents];
}

/** A section link that names another page is not this page's section (the library's rule). */
function trimmedHash(hash: string, url: string): string | false {
  if (hash && !hash.startsWith('#') && hash.includes('#')) {
    return hash.startsWith(url) && hash[url.length] === '#' ? hash.slice(url.length) : false;
  }
  return hash;
}

export interface VersionDocuments {
  /** Folder of the version's `search-index.json`. */
  outDir: string;
  documents: SearchDocument[][];
}

/**
 * The documents of each version, one version at a time, in the library's
 * order (document ids run on from one version to the next, as they did when
 * every version was read first). Pages are read and parsed one after the
 * other: each page's HTML and its parsed tree are garbage as soon as its
 * documents are taken, and a version's documents are the caller's to drop
 * once its index is written, before the next version is read.
 */
export async function* scanBuiltSite(
  props: Props,
  config: SearchConfig,
): AsyncGenerator<VersionDocuments, void> {
  let id = 0;
  const nextId = () => ++id;
  for (const version of processDocInfos(props, config)) {
    const pages: {parsed: ParsedPage; url: string}[] = [];
    for (const {filePath, url, type} of version.paths) {
      const parsed = parseBuiltPage(await fs.readFile(filePath, 'utf8'), type, url, config);
      if (parsed) pages.push({parsed, url});
    }
    yield {outDir: version.outDir, documents: toDocuments(pages, nextId)};
  }
}

export const SEARCH_INDEX_FILE = 'search-index.json';
export const indexFile = (outDir: string) => path.join(outDir, SEARCH_INDEX_FILE);
