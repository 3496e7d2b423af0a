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
 *    table).
 *  - Links that scroll into view no longer prefetch the pages they lead to
 *    (./no-viewport-prefetch.ts); hovering or touching a link still does.
 *
 * Done through the bundler configuration and theme wrappers, never by
 * editing Docusaurus' files. scripts/bench/budgets.json holds the byte
 * budgets this serves; tests/e2e/page-weight.spec.ts checks them.
 */
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The theme's start-up module that pulls Prism into every page. */
function themePrismClientModule(): string {
  const themeLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
  return path.join(themeLib, 'prism-include-languages');
}

export default function pageWeight(context: LoadContext): Plugin {
  return {
    name: 'page-weight',
    getClientModules() {
      return [path.join(here, 'no-viewport-prefetch.ts')];
    },
    configureWebpack(config, isServer) {
      const alias = {[`${themePrismClientModule()}$`]: path.join(here, 'prism-deferred.ts')};
      if (isServer) return {resolve: {alias}};
      // Docusaurus' ChunkAssetPlugin adds to the runtime a table from chunk
      // name to chunk id (one entry per route) for `prefetch`, which
      // ./no-viewport-prefetch.ts turns off before any link can call it.
      config.plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== 'ChunkAssetPlugin');
      return {
        resolve: {alias},
        // Chunk files named by id and content hash: the browser's runtime
        // then needs no table from chunk id to chunk name (one entry per
        // route, in every page's runtime).
        output: {chunkFilename: 'assets/js/[id].[contenthash:8].js'},
        module: {
          rules: [
            {
              test: path.join(context.generatedFilesDir, 'registry.js'),
              enforce: 'pre' as const,
              use: [{loader: path.join(here, 'registry-loader.cjs')}],
            },
          ],
        },
      };
    },
  };
}
