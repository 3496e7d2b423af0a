/**
 * Docusaurus plugin: each page starts, from its HTML, the scripts of its
 * route, which Docusaurus' client otherwise finds only once `main.js` runs.
 *
 * In:  the client compilation's named chunk groups (recorded here, by a
 *      bundler plugin, when the compilation is done) and the locale's
 *      generated route table (`routes.js`, `routesChunkNames.json`).
 * Out: `pagePreloads(outDir)`, for src/plugins/critical-css, which rewrites
 *      every page once already: a function from a page's file to the hrefs
 *      it lists on the page's inline start script (`data-route-scripts`),
 *      which adds them at the first paint beside the entry scripts
 *      (./route-table.ts says which files those are).
 *
 * Why: before hydrating, the client calls `preload(location.pathname)`,
 * which `import()`s each chunk of the matched routes (about nine for an
 * article: docs root, version data, sidebar, theme DocRoot and DocItem, the
 * article). Docusaurus 3.10 writes none of them into the page (its SSR
 * bundle lookup finds nothing), so they were requested one round trip after
 * `main.js`, each from the main thread inside the start-up task. Added by
 * the page at its first paint, they download beside `main.js` and are
 * installed before the runtime asks for them, or on their way, which the
 * runtime waits for (not preloaded from the head: there they competed with
 * the first screen, README, Main-thread work on a phone).
 *
 * Fenced: the plugin stops at start when the installed @docusaurus/core is
 * not a version this was written for, or its client no longer finds a
 * route's chunks as ./route-table.ts assumes (preload.js, ComponentCreator);
 * the build fails when the bundler plugin recorded nothing, when the pages'
 * entry scripts are not the compilation's, and (./route-table.ts) when a
 * page matches no chunk name or a name no file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RouteScripts} from '../critical-css/after-paint';
import {clientProblems} from '../page-weight/fence.cjs';
import {coreClientDir} from '../page-weight';
import {pagePath, parseRouteTable, routePreloads} from './route-table';

const NAME = 'route-preloads';
const WRITTEN_FOR = ['3.10.2'];

/** What Docusaurus' client must still do for the preloads to be the scripts it loads. */
const CLIENT_READS = [
  {file: 'preload.js', text: 'matchRoutes(routes, p)'},
  {file: 'preload.js', text: 'match.route.component.preload?.()'},
  {file: path.join('exports', 'ComponentCreator.js'), text: 'routesChunkNames[`${path}-${hash}`]'},
  {file: path.join('exports', 'ComponentCreator.js'), text: 'flat(chunkNames)'},
];

/** Throws unless the installed client finds a route's chunks as ./route-table.ts does. */
export function checkFence(siteDir: string, clientDir = coreClientDir()): void {
  const problems = clientProblems(siteDir, WRITTEN_FOR, CLIENT_READS, clientDir);
  if (problems.length > 0)
    throw new Error(
      `[${NAME}] ${problems.join('; ')}. Re-check src/plugins/route-preloads/route-table.ts against the installed client (preload.js, exports/ComponentCreator.js, the generated routes.js), then update WRITTEN_FOR in src/plugins/route-preloads/index.ts.`,
    );
}

/** The client compilation's scripts, as the bundler plugin recorded them. */
export interface ChunkFiles {
  /** Named chunk group -> its chunks' JavaScript files, in the group's order. */
  groups: Record<string, string[]>;
  /** The `main` entry's JavaScript files. */
  entryFiles: string[];
  publicPath: string;
}

/** What the bundler gives the plugin: the part of webpack's and Rspack's compiler API used here. */
interface CompilerLike {
  hooks: {done: {tap(name: string, fn: (stats: {compilation: CompilationLike}) => void): void}};
}
interface ChunkGroupLike {
  chunks: readonly {files: Iterable<string>}[];
}
interface CompilationLike {
  namedChunkGroups: ReadonlyMap<string, ChunkGroupLike>;
  entrypoints: ReadonlyMap<string, ChunkGroupLike>;
  outputOptions: {publicPath?: unknown};
  errors: readonly unknown[];
}

const scripts = (group: ChunkGroupLike): string[] => [
  ...new Set(group.chunks.flatMap((c) => [...c.files]).filter((f) => f.endsWith('.js'))),
];

/** The chunk groups of a compilation (plain data). */
export function chunkFilesOf(compilation: CompilationLike): ChunkFiles {
  const groups: Record<string, string[]> = {};
  for (const [name, group] of compilation.namedChunkGroups) groups[name] = scripts(group);
  const main = compilation.entrypoints.get('main');
  if (!main) throw new Error(`[${NAME}] the client compilation has no entry named main`);
  const {publicPath} = compilation.outputOptions;
  if (typeof publicPath !== 'string')
    throw new Error(`[${NAME}] the client compilation's publicPath is not a string`);
  return {groups, entryFiles: scripts(main), publicPath};
}

/** Per output folder: the site's generated files, and the client compilation once done. */
const builds = new Map<string, {generatedFilesDir: string; baseUrl: string; files?: ChunkFiles}>();

/**
 * For a page of `outDir` (its file, relative), the hrefs of the scripts its
 * route loads at start; undefined when this plugin is not in the build.
 * Throws when the compilation was not recorded, or (./route-table.ts) the
 * generated files are not what it reads.
 */
export function pagePreloads(outDir: string): ((file: string) => RouteScripts) | undefined {
  const build = builds.get(path.resolve(outDir));
  if (!build) return undefined;
  const {files, generatedFilesDir, baseUrl} = build;
  if (!files)
    throw new Error(
      `[${NAME}] the client compilation's chunk groups were not recorded (the bundler plugin's done hook did not run?): re-check src/plugins/route-preloads/index.ts`,
    );
  const routesFile = path.join(generatedFilesDir, 'routes.js');
  const chunkNamesFile = path.join(generatedFilesDir, 'routesChunkNames.json');
  const preloads = routePreloads({
    routes: parseRouteTable(fs.readFileSync(routesFile, 'utf8'), routesFile),
    chunkNames: JSON.parse(fs.readFileSync(chunkNamesFile, 'utf8')) as Record<string, unknown>,
    ...files,
    files: {routes: routesFile, chunkNames: chunkNamesFile},
  });
  const entry = files.entryFiles.map((f) => `${files.publicPath}${f}`);
  return (file) => ({hrefs: preloads(pagePath(file, baseUrl)), entry});
}

/** pagePreloads() timed: the function, and a line saying what it did once the pages are written. */
export function timedPagePreloads(
  outDir: string,
): {scripts: (file: string) => RouteScripts; summary: () => string} | undefined {
  const started = performance.now();
  const preloads = pagePreloads(outDir);
  if (!preloads) return undefined;
  let ms = performance.now() - started;
  let pages = 0;
  let hrefs = 0;
  return {
    scripts(file) {
      const t = performance.now();
      const out = preloads(file);
      ms += performance.now() - t;
      pages++;
      hrefs += out.hrefs.length;
      return out;
    },
    summary: () =>
      `${NAME}: ${pages} pages preload ${hrefs} route scripts (${(hrefs / Math.max(pages, 1)).toFixed(1)} a page), found in ${Math.round(ms)} ms`,
  };
}

export default function routePreloadsPlugin(context: LoadContext): Plugin {
  checkFence(context.siteDir);
  const build: {generatedFilesDir: string; baseUrl: string; files?: ChunkFiles} = {
    generatedFilesDir: context.generatedFilesDir,
    baseUrl: context.baseUrl,
  };
  builds.set(path.resolve(context.outDir), build);
  return {
    name: NAME,
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler: CompilerLike) {
              compiler.hooks.done.tap(NAME, ({compilation}) => {
                if (compilation.errors.length === 0) build.files = chunkFilesOf(compilation);
              });
            },
          },
        ],
      };
    },
  };
}
