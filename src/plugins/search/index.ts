/**
 * Docusaurus plugin: offline search, one index per locale and version.
 *
 * Wraps @easyops-cn/docusaurus-search-local (search box, results page,
 * keyboard shortcut, lazy index loading in a web worker, documents extracted
 * from the built pages) and changes three things:
 *
 * - The indexes (one at the root of each locale and one in
 *   each older version's folder) are built with the site's analysis for the
 *   locale being built (src/search/lunr-analysis.ts): Turkish case folding and
 *   stemming that the library's lunr setup lacks. The library's postBuild is
 *   not run: ./scan.ts reads the pages with the library's own parsers, once,
 *   and each index is built once (see there), one version at a time: a
 *   version's pages are read, its index built and written, and its documents
 *   dropped before the next version's pages are read (README, Build
 *   memory). The library's own Node-side
 *   set-up is also module state shared by all locales of one build, so the
 *   second locale would otherwise be indexed with the first one's language.
 * - The browser bundle's `lunr` import gets the site's Turkish query function
 *   registered (src/search/lunr-client.ts).
 * - Each index is written split (./split.ts) into a `search-index/` folder
 *   instead of one `search-index.json`, and the library's search box and
 *   results page talk to the site's worker (src/search/searchByWorker.ts),
 *   which fetches the parts a query needs: a first query downloads a few
 *   dozen KiB whatever the number of pages. That replacement depends on the
 *   library's file layout, so it is fenced: the build stops when the
 *   installed library is not a version it was written for
 *   (./fence.ts) or when the module it replaces was never seen.
 *
 * The build fails if a page of a version is missing from that version's
 * index: pages marked noindex for search engines stay findable on the site.
 */
import fs from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrTurkish from 'lunr-languages/lunr.tr.js';
import {
  buildSearchIndex,
  type SearchDocument,
  type SearchIndexPart,
} from '../../search/lunr-analysis';
import {assertAllPagesIndexed, searchLocale} from '../../search/coverage';
import {indexFile, scanBuiltSite, searchConfig} from './scan';
import {splitSearchIndex} from './split';
import {checkLibraryVersion} from './fence';
import {SPLIT_INDEX_DIR} from '../../search/split-index';

// The library's typings declare its options only; its module exports these.
interface SearchLocalModule {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
}
const searchLocal = createRequire(__filename)(
  '@easyops-cn/docusaurus-search-local',
) as SearchLocalModule;

/** Where the library writes a version's index, as it decides (latest at the locale root). */
export interface VersionIndex {
  /** e.g. `current`, `2021-08` */
  versionName: string;
  file: string;
  permalinks: string[];
}

export function versionIndexes(
  outDir: string,
  baseUrl: string,
  docs: LoadedContent,
): VersionIndex[] {
  return docs.loadedVersions.map((version) => {
    const route = version.path.slice(baseUrl.length);
    const dir = version.isLast ? outDir : path.join(outDir, ...route.split('/').filter(Boolean));
    return {
      versionName: version.versionName,
      file: path.join(dir, 'search-index.json'),
      permalinks: version.docs.filter((d) => !d.draft).map((d) => d.permalink),
    };
  });
}

const LIBRARY_SEARCH_PAGE =
  /[\\/]@easyops-cn[\\/]docusaurus-search-local[\\/].*[\\/]SearchPage[\\/]/;

/** Modules that only searching needs: kept out of the chunks a page loads at start. */
const SEARCH_MODULES =
  /[\\/](@easyops-cn|lunr|lunr-languages|comlink|mark\.js)[\\/]|[\\/]src[\\/]search[\\/]lunr-/;

/** The library's theme files import their worker module as `../searchByWorker`. */
const LIBRARY_THEME =
  /[\\/]@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]/;
const WORKER_MODULE_REQUEST = /^\.\.\/searchByWorker(\.js)?$/;
const LIBRARY_WORKER_FILE =
  /[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]searchByWorker\.js$/;
const SITE_WORKER_MODULE = path.resolve(__dirname, '../../search/searchByWorker.ts');

function loadTurkish(): void {
  if (!(lunr as typeof lunr & {tr?: unknown}).tr) {
    stemmerSupport(lunr);
    lunrTurkish(lunr);
  }
}

/** `options` have been validated and defaulted by the library's validateOptions. */
export default function searchPlugin(context: LoadContext, options: unknown): Plugin {
  const inner = searchLocal.default(context, options as PluginOptions);
  const libraryConfig = searchConfig(options as PluginOptions, context);
  const locale = searchLocale(context.i18n.currentLocale);
  checkLibraryVersion(
    (
      createRequire(__filename)('@easyops-cn/docusaurus-search-local/package.json') as {
        version: string;
      }
    ).version,
  );

  return {
    ...inner,
    name: 'msdocs-search',

    configureWebpack(config, isServer, utils, content) {
      const base = inner.configureWebpack?.(config, isServer, utils, content) ?? {};
      const bundler = utils.currentBundler.instance;
      return {
        ...base,
        plugins: [
          // The library's worker module, imported by its search box and results page.
          new bundler.NormalModuleReplacementPlugin(WORKER_MODULE_REQUEST, (resource) => {
            if (LIBRARY_THEME.test(String(resource.context))) resource.request = SITE_WORKER_MODULE;
          }),
          {
            apply(compiler) {
              // Checked on the files the build read, which a cached build knows too
              // (it resolves nothing again, so counting replacements would not do).
              compiler.hooks.afterCompile.tap('msdocs-search', (compilation) => {
                if (isServer) return;
                const files = [...compilation.fileDependencies];
                // The dev server bundles no search worker at all: the library's
                // search box works on a production build only.
                const production = config.mode === 'production';
                const problem = files.some((f) => LIBRARY_WORKER_FILE.test(f))
                  ? "the search library's own worker module is in the bundle"
                  : production && !files.includes(SITE_WORKER_MODULE)
                    ? "the site's worker module is not in the bundle"
                    : undefined;
                if (!problem) return;
                compilation.errors.push(
                  new compiler.webpack.WebpackError(
                    `Search: ${problem}: its import of ../searchByWorker was not replaced, and ` +
                      'its search box would load a whole index. Check the module names in ' +
                      'src/plugins/search/index.ts against the installed library.',
                  ),
                );
              });
            },
          },
        ],
        resolve: {alias: {lunr$: path.resolve(__dirname, '../../search/lunr-client.ts')}},
        module: {
          rules: [
            {
              // The library's results page gets a Layout with a <main> landmark.
              issuer: LIBRARY_SEARCH_PAGE,
              resolve: {
                alias: {
                  '@theme/Layout': path.resolve(__dirname, '../../search/SearchPageLayout.tsx'),
                },
              },
            },
          ],
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              // The library's code is shared by the lazily loaded search box
              // and the results page; left alone, Docusaurus' `common` chunk
              // (loaded by every page) takes it on small sites.
              search: {
                test: SEARCH_MODULES,
                name: 'search',
                chunks: 'async',
                enforce: true,
                priority: 45,
              },
            },
          },
        },
      };
    },

    async postBuild(props) {
      const docsPlugin = props.plugins.find((p) => p.name === 'docusaurus-plugin-content-docs');
      if (!docsPlugin) throw new Error('Search: the docs plugin is not loaded.');
      if (locale === 'tr') loadTurkish();
      const versions = new Map(
        versionIndexes(props.outDir, props.baseUrl, docsPlugin.content as LoadedContent).map(
          (v) => [v.file, v],
        ),
      );
      // One version at a time: its pages read, its index built and written,
      // then its documents and index dropped before the next version's pages.
      for await (const scanned of scanBuiltSite(props, libraryConfig)) {
        const version = versions.get(indexFile(scanned.outDir));
        if (!version) continue;
        versions.delete(version.file);
        await writeVersionIndex(version, scanned.documents, props.outDir);
      }
      // A version the library found no pages of: checked as an empty index.
      for (const version of versions.values()) await writeVersionIndex(version, [], props.outDir);
    },
  };

  async function writeVersionIndex(
    version: VersionIndex,
    documents: SearchDocument[][],
    outDir: string,
  ): Promise<void> {
    const where = `${locale}/${version.versionName} (${path.relative(outDir, version.file)})`;
    const parts: SearchIndexPart[] = documents.map((list) => ({documents: list, index: {}}));
    assertAllPagesIndexed(parts, version.permalinks, where);
    for (const part of parts) part.index = buildSearchIndex(lunr, part.documents, locale);
    const folder = path.join(path.dirname(version.file), SPLIT_INDEX_DIR);
    await fs.rm(folder, {recursive: true, force: true});
    await fs.mkdir(folder, {recursive: true});
    await Promise.all(
      [...splitSearchIndex(parts)].map(([name, text]) =>
        fs.writeFile(path.join(folder, name), text),
      ),
    );
  }
}

// Options are the library's, validated (and defaulted) by it.
searchPlugin.validateOptions = searchLocal.validateOptions;
