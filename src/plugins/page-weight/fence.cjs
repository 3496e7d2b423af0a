/**
 * The fence around page-weight's rewrites of files it doesn't own: what
 * Docusaurus generates (.docusaurus/routes.js, registry.js...) and the
 * octicons' built modules.
 *
 * In:  the site folder (which packages are installed there); from each
 *      loader, how many things it changed in one file.
 * Out: checkVersions() throws at plugin start when an installed package is
 *      not a version the rewrites were written for; expectChanges() throws
 *      (production build) or warns (development) when a loader changed
 *      nothing in a file it exists to rewrite.
 *
 * Why: the loaders match text patterns. When an upgrade changes the shape of
 * a generated file, a pattern silently matches nothing and the only sign
 * would be a byte total creeping up. Both failures say what to re-check.
 */
const fs = require('node:fs');
const path = require('node:path');
const {createRequire} = require('node:module');

/**
 * The versions each rewrite was written for and checked against, in one
 * place. After an upgrade: run the build, fix the loaders that fail, then add
 * the version here.
 */
const WRITTEN_FOR = {
  '@docusaurus/core': ['3.10.2'],
  '@primer/octicons-react': ['19.38.0'],
};

/**
 * Which loader rewrites which file, and whose output that file is.
 * @type {{loader: string, rewrites: string, package: keyof typeof WRITTEN_FOR}[]}
 */
const REWRITES = [
  {loader: 'routes-loader.cjs', rewrites: 'routes.js', package: '@docusaurus/core'},
  {
    loader: 'routes-chunk-names-loader.cjs',
    rewrites: 'routesChunkNames.json',
    package: '@docusaurus/core',
  },
  {loader: 'registry-loader.cjs', rewrites: 'registry.js', package: '@docusaurus/core'},
  {loader: 'global-data-loader.cjs', rewrites: 'globalData.json', package: '@docusaurus/core'},
  {
    loader: 'site-config-loader.cjs',
    rewrites: 'docusaurus.config.mjs',
    package: '@docusaurus/core',
  },
  {
    loader: 'version-metadata-loader.cjs',
    rewrites: 'docusaurus-plugin-content-docs/<id>/p/*.json',
    package: '@docusaurus/core',
  },
  {
    loader: 'code-translations-loader.cjs',
    rewrites: 'codeTranslations.json',
    package: '@docusaurus/core',
  },
  {
    loader: 'translation-descriptions-loader.cjs',
    rewrites: "the theme's translate() calls and <Translate> elements",
    package: '@docusaurus/core',
  },
  {
    loader: 'octicons-16-loader.cjs',
    rewrites: 'dist/icons/*.mjs',
    package: '@primer/octicons-react',
  },
];

/**
 * The installed version of a package, as the site resolves it.
 * @param {string} siteDir
 * @param {string} name
 * @returns {string}
 */
function installedVersion(siteDir, name) {
  const require = createRequire(path.join(siteDir, 'package.json'));
  try {
    return /** @type {{version: string}} */ (require(`${name}/package.json`)).version;
  } catch {
    // Its `exports` don't list package.json: up from the entry point.
  }
  for (let dir = path.dirname(require.resolve(name)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`[page-weight] no package.json for ${name}`);
  }
}

/**
 * Throws when a package the rewrites depend on is installed in a version
 * they were not written for, naming the loaders and files to re-check.
 * @param {string} siteDir
 * @param {(siteDir: string, name: string) => string} [versionOf]
 */
function checkVersions(siteDir, versionOf = installedVersion) {
  const problems = Object.entries(WRITTEN_FOR).flatMap(([name, known]) => {
    const installed = versionOf(siteDir, name);
    if (known.includes(installed)) return [];
    const loaders = REWRITES.filter((r) => r.package === name).map(
      (r) => `  - src/plugins/page-weight/${r.loader} (${r.rewrites})`,
    );
    return [
      `${name} ${installed} is installed; the page-weight rewrites were written for ${known.join(', ')}. Re-check, against what ${installed} generates:\n${loaders.join('\n')}`,
    ];
  });
  if (problems.length > 0) {
    throw new Error(
      `[page-weight] ${problems.join('\n')}\nThen add the version to WRITTEN_FOR in src/plugins/page-weight/fence.cjs.`,
    );
  }
}

/**
 * What is wrong, for code written against Docusaurus' browser client, with the
 * installed one: @docusaurus/core in a version not listed, or a client file
 * that no longer holds a text the code relies on (src/plugins/lazy-routes,
 * src/plugins/route-preloads).
 * @param {string} siteDir
 * @param {string[]} writtenFor the @docusaurus/core versions the code was written for
 * @param {{file: string, text: string}[]} reads files relative to `clientDir`
 * @param {string} clientDir @docusaurus/core/lib/client
 * @returns {string[]}
 */
function clientProblems(siteDir, writtenFor, reads, clientDir) {
  const version = installedVersion(siteDir, '@docusaurus/core');
  const problems = writtenFor.includes(version)
    ? []
    : [`@docusaurus/core ${version} is installed; it was written for ${writtenFor.join(', ')}`];
  for (const {file, text} of reads) {
    const full = path.join(clientDir, file);
    if (!fs.readFileSync(full, 'utf8').includes(text))
      problems.push(`${full} no longer has ${text}`);
  }
  return problems;
}

/**
 * What a loader needs of the bundler's loader context, and the options the
 * loaders here take (`strict`: a production build).
 * @typedef {{resourcePath: string, addDependency(file: string): void, emitWarning(error: Error): void, emitError(error: Error): void, getOptions(): {strict?: boolean, descriptions?: boolean, messages?: string} | undefined}} LoaderContext
 */

/**
 * Fails a production build (option `strict`) when a loader changed nothing
 * in the file it was given; in development it warns.
 * @param {LoaderContext} context the loader's `this`
 * @param {string} loader the loader's file name
 * @param {number} changes what it changed in this file
 */
function expectChanges(context, loader, changes) {
  if (changes > 0) return;
  const rewrite = REWRITES.find((r) => r.loader === loader);
  const error = new Error(
    `[page-weight] ${loader} changed nothing in ${context.resourcePath}: the file no longer has the shape the loader was written for (${rewrite?.package ?? 'its package'} ${rewrite ? WRITTEN_FOR[rewrite.package].join(', ') : ''}). Re-check the loader's patterns against this file, or remove its rule from src/plugins/page-weight/index.ts.`,
  );
  if (context.getOptions()?.strict) throw error;
  context.emitWarning(error);
}

/**
 * What a rewrite counts: things changed, and (for a loader that runs on
 * every module) how many it found to change; left at 0, every file counts.
 * @typedef {{changes: number, expected: number}} Changes
 */

/**
 * A bundler loader made of a rewrite: runs it on the file with a fresh
 * count, then expectChanges(). The one wrapper every loader here uses.
 * @param {string} loader the loader's file name, as REWRITES lists it
 * @param {(source: string, stats: Changes, context: LoaderContext) => string} rewrite
 * @param {{onlyWhenExpected?: boolean}} [options] onlyWhenExpected: a file is
 *   fenced only when the rewrite found something to change in it
 *   (`stats.expected`); the loader runs on modules with nothing to rewrite
 * @returns {(this: LoaderContext, source: string) => string}
 */
function fencedLoader(loader, rewrite, {onlyWhenExpected = false} = {}) {
  return function fenced(source) {
    const stats = {changes: 0, expected: 0};
    const out = rewrite(source, stats, this);
    if (!onlyWhenExpected || stats.expected > 0) expectChanges(this, loader, stats.changes);
    return out;
  };
}

module.exports = {
  WRITTEN_FOR,
  REWRITES,
  installedVersion,
  checkVersions,
  clientProblems,
  expectChanges,
  fencedLoader,
};
