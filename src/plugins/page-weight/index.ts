/**
 * Docusaurus plugin: keeps what an article page downloads small, and
 * independent of how many articles the site has.
 *
 * In:  the site as the classic preset builds it.
 * Out: the same pages, without code the reader of one article doesn't need:
 *  - Prism (syntax highlighting) leaves the main bundle: the theme's start-up
 *    module that imports it is replaced (bundler alias) by an empty one, and
 *    src/theme/CodeBlock loads Prism on pages that show code.
 *  - The route table every page carries (one entry per article, version
 *    and locale) loses what the browser never reads: module names in
 *    Docusaurus' chunk registry (./registry-loader.cjs), the chunk-name
 *    tables of the bundler runtime (chunk files named by id; no prefetch
 *    table); what it reads gets shorter: each page's path written once
 *    (./routes-loader.cjs), short registry keys instead of hashes
 *    (./chunk-keys.cjs, ./routes-chunk-names-loader.cjs), and the docs
 *    plugin's global data finds each doc's path there too
 *    (./global-data-loader.cjs).
 *  - The docs version metadata (the sidebar and a list of the version's
 *    docs) loses per-article fields the browser never reads and is written
 *    shorter (./version-metadata-loader.cjs).
 *  - The site configuration loses the keys only the build reads (presets,
 *    plugins, Markdown options...) (./site-config-loader.cjs).
 *  - The bar shown while an in-page navigation waits is drawn by CSS
 *    (./route-progress.ts) instead of the nprogress library.
 *  - @docusaurus/utils-common, which every page loads, gets the one tslib
 *    helper it calls instead of all of tslib (./tslib-import-default.ts).
 *  - (With src/components/LazyMdx and the CodeBlock, Admonition and Details
 *    wrappers in src/theme: rare Markdown constructs load where used.)
 *  - Octicons keep their 16 px drawing only, the size the site shows
 *    (./octicons-16-loader.cjs).
 *  - Translation calls lose their `description`, text for translators that
 *    `write-translations` reads from the source (./translation-descriptions-loader.cjs).
 *    (The blog's interface strings, unused here, are left in: leaving them
 *    out saved 0.3 KiB gz on Turkish pages only, not worth a rewrite.)
 *  - Links that scroll into view no longer prefetch the pages they lead to
 *    (./no-viewport-prefetch.ts); hovering or touching a link still does.
 *
 * Done through the bundler configuration and theme wrappers, never by
 * editing Docusaurus' files. The loaders that rewrite what Docusaurus or
 * octicons generate are fenced (./fence.cjs): the plugin stops at start when
 * an installed version is not one they were written for, and a production
 * build fails when one of them changes nothing in its file. scripts/bench/budgets.json holds the byte
 * budgets this serves; tests/e2e/page-weight.spec.ts checks them.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkVersions} from './fence.cjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** A start-up module of the theme (what its getClientModules() lists). */
function themeClientModule(name: string): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), name);
}

/** Folder of @docusaurus/utils-common's compiled code (CommonJS, requires tslib). */
export function utilsCommonLib(): string {
  return path.dirname(require.resolve('@docusaurus/utils-common'));
}

/**
 * Code that may call translate() or <Translate>: the site's own and
 * Docusaurus' packages (the theme, its search plugin), not other libraries.
 */
export function translatedCode(file: string): boolean {
  const inPackage = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1];
  return !inPackage || /^@(?:docusaurus|easyops-cn)[\\/]/.test(inPackage);
}

/** Folder of Docusaurus' browser entry and App (@docusaurus/core/lib/client). */
export function coreClientDir(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client');
}

interface SidebarItemLike {
  type?: string;
  link?: {type?: string};
  items?: SidebarItemLike[];
}
interface DocsContentLike {
  loadedVersions?: {docs?: {source?: string}[]; sidebars?: Record<string, SidebarItemLike[]>}[];
}

/**
 * Whether a page of the site can show the theme's doc cards (DocCard, which
 * shows each linked doc's description): a generated category index page, or
 * a doc that uses DocCardList/DocCard. Unknown content counts as yes.
 */
export function showsDocCards(docsContent: unknown, siteDir: string): boolean {
  if (!docsContent || typeof docsContent !== 'object') return false;
  const hasIndex = (items: SidebarItemLike[] = []): boolean =>
    items.some(
      (item) =>
        (item.type === 'category' && item.link?.type === 'generated-index') || hasIndex(item.items),
    );
  for (const instance of Object.values(docsContent as Record<string, DocsContentLike>)) {
    if (!Array.isArray(instance?.loadedVersions)) return true;
    for (const version of instance.loadedVersions) {
      if (Object.values(version.sidebars ?? {}).some((items) => hasIndex(items))) return true;
      for (const doc of version.docs ?? []) {
        if (!doc.source) return true;
        const file = doc.source.replace(/^@site\//, `${siteDir}/`);
        if (fs.readFileSync(file, 'utf8').includes('DocCard')) return true;
      }
    }
  }
  return false;
}

/** This plugin's bundler loaders (files next to this one). */
const LOADERS = [
  'chunk-keys.cjs',
  'fence.cjs',
  'code-translations-loader.cjs',
  'global-data-loader.cjs',
  'octicons-16-loader.cjs',
  'registry-loader.cjs',
  'routes-chunk-names-loader.cjs',
  'routes-loader.cjs',
  'site-config-loader.cjs',
  'translation-descriptions-loader.cjs',
  'version-metadata-loader.cjs',
];

export default function pageWeight(context: LoadContext): Plugin {
  // Before anything is built: the rewrites know the installed versions.
  checkVersions(context.siteDir);
  // Whether a page can show doc cards, which read each doc's description.
  let docCards = true;
  return {
    name: 'page-weight',
    allContentLoaded({allContent}) {
      docCards = showsDocCards(allContent['docusaurus-plugin-content-docs'], context.siteDir);
    },
    getClientModules() {
      return [path.join(here, 'no-viewport-prefetch.ts')];
    },
    configureWebpack(config, isServer, {currentBundler}) {
      // A loader that changes nothing fails a production build, warns otherwise.
      const strict = config.mode === 'production';
      const alias = {
        [`${themeClientModule('prism-include-languages')}$`]: path.join(here, 'prism-deferred.ts'),
        [`${themeClientModule('nprogress')}$`]: path.join(here, 'route-progress.ts'),
      };
      // The bundler's persistent cache is evicted when the site config or
      // what it imports changes; the loaders are only named by path, so they
      // are listed too (else a changed loader's old output is reused).
      const cache = (config.experiments as {cache?: {buildDependencies?: string[]}} | undefined)
        ?.cache;
      if (Array.isArray(cache?.buildDependencies)) {
        cache.buildDependencies.push(...LOADERS.map((loader) => path.join(here, loader)));
      }
      // Both renders draw the same (16 px) octicons.
      const octicons = {
        test: /[\\/]@primer[\\/]octicons-react[\\/]dist[\\/]icons[\\/][^\\/]+\.mjs$/,
        enforce: 'pre' as const,
        use: [{loader: path.join(here, 'octicons-16-loader.cjs'), options: {strict}}],
      };
      if (isServer) return {resolve: {alias}, module: {rules: [octicons]}};
      // Docusaurus' ChunkAssetPlugin adds to the runtime a table from chunk
      // name to chunk id (one entry per route) for `prefetch`, which
      // ./no-viewport-prefetch.ts turns off before any link can call it.
      config.plugins = (config.plugins ?? []).filter(
        (p) => p?.constructor.name !== 'ChunkAssetPlugin',
      );
      // utils-common's `require("tslib")`, and only that one, gets the one
      // helper it calls.
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const utilsCommon = utilsCommonLib();
      config.plugins.push(
        new NormalModuleReplacementPlugin(
          /^tslib$/,
          (resource: {context?: string; request: string}) => {
            if (resource.context?.startsWith(utilsCommon))
              resource.request = path.join(here, 'tslib-import-default.ts');
          },
        ),
      );
      // The App's base-URL banner renders nothing in the browser.
      const coreClient = coreClientDir();
      config.plugins.push(
        new NormalModuleReplacementPlugin(
          /^\.\/BaseUrlIssueBanner$/,
          (resource: {context?: string; request: string}) => {
            if (resource.context === coreClient)
              resource.request = path.join(here, 'no-base-url-banner.ts');
          },
        ),
      );
      // This locale's messages, put in the calls that show them (./code-translations-loader.cjs).
      const codeTranslations = path.join(context.generatedFilesDir, 'codeTranslations.json');
      return {
        // Source maps beside the scripts, not named in them (pages unchanged),
        // for scripts/bench/profile.mjs to name the module of each sampled
        // function; only when asked, as the published site has no use for them.
        ...(process.env.SITE_SOURCE_MAPS === 'hidden' ? {devtool: 'hidden-source-map'} : {}),
        resolve: {alias},
        // Chunk files named by id and content hash: the browser's runtime
        // then needs no table from chunk id to chunk name (one entry per
        // route, in every page's runtime).
        output: {chunkFilename: 'assets/js/[id].[contenthash:8].js'},
        module: {
          rules: [
            octicons,
            {
              test: /\.(?:[cm]?jsx?|tsx?)$/,
              include: translatedCode,
              enforce: 'pre' as const,
              use: [
                {
                  loader: path.join(here, 'translation-descriptions-loader.cjs'),
                  options: {strict, messages: codeTranslations},
                },
              ],
            },
            {
              test: codeTranslations,
              // The loader turns the JSON into a JavaScript module.
              type: 'javascript/auto',
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'code-translations-loader.cjs'), options: {strict}}],
            },
            {
              test: path.join(context.generatedFilesDir, 'docusaurus.config.mjs'),
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'site-config-loader.cjs'), options: {strict}}],
            },
            {
              test: /[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]p[\\/][^\\/]+\.json$/,
              include: context.generatedFilesDir,
              // The loader turns the JSON into a JavaScript module.
              type: 'javascript/auto',
              enforce: 'pre' as const,
              use: [
                {
                  loader: path.join(here, 'version-metadata-loader.cjs'),
                  options: {descriptions: docCards, strict},
                },
              ],
            },
            {
              test: path.join(context.generatedFilesDir, 'globalData.json'),
              // The loader turns the JSON into a JavaScript module.
              type: 'javascript/auto',
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'global-data-loader.cjs'), options: {strict}}],
            },
            {
              test: path.join(context.generatedFilesDir, 'routes.js'),
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'routes-loader.cjs'), options: {strict}}],
            },
            {
              test: path.join(context.generatedFilesDir, 'routesChunkNames.json'),
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'routes-chunk-names-loader.cjs'), options: {strict}}],
            },
            {
              test: path.join(context.generatedFilesDir, 'registry.js'),
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'registry-loader.cjs'), options: {strict}}],
            },
          ],
        },
      };
    },
  };
}
