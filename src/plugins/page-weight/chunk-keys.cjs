/**
 * Short keys for Docusaurus' chunk registry, shared by ./registry-loader.cjs
 * and ./routes-chunk-names-loader.cjs.
 *
 * In:  the source of the generated `.docusaurus/registry.js`.
 * Out: a Map from each registry key (an 8-digit hex hash of a module path,
 *      e.g. "3a1f0c2e") to a short one: its rank in sorted order, base 36
 *      ("0", "1", ... "a", ... "10", ...).
 *
 * Why: the browser finds a route's code through two tables that every page
 * carries, `routesChunkNames` (route -> keys) and the registry (key ->
 * import); random hashes are what gzip can't shrink, one or two per article
 * and version. The mapping depends on the registry's content only, so both
 * loaders, run separately, agree. The keys are never shown, stored or sent
 * anywhere: prefetching by chunk name is turned off (./no-viewport-prefetch.ts)
 * and the server bundle keeps the original tables.
 */
const fs = require('node:fs');
const path = require('node:path');

const KEY = /^\s*"((?:[^"\\]|\\.)+)": \[\(\) => import\(/gm;

/**
 * @param {string} registrySource
 * @returns {Map<string, string>}
 */
function shortKeys(registrySource) {
  const keys = [...registrySource.matchAll(KEY)].map((m) => m[1] ?? '').sort();
  return new Map(keys.map((key, i) => [key, i.toString(36)]));
}

/**
 * The page paths of the route table written next to a generated module
 * (`routesChunkNames.json`'s keys, in order), registered as a dependency of
 * the loader so the module is redone when the table changes; [] when there is
 * no table (the module is then left as written). Used by ./routes-loader.cjs
 * and ./global-data-loader.cjs, which take page paths from it.
 *
 * @param {{resourcePath: string, addDependency(file: string): void}} loaderContext
 * @returns {string[]}
 */
function routeKeysNextTo(loaderContext) {
  const chunkNames = path.join(path.dirname(loaderContext.resourcePath), 'routesChunkNames.json');
  loaderContext.addDependency(chunkNames);
  try {
    return Object.keys(JSON.parse(fs.readFileSync(chunkNames, 'utf8')));
  } catch {
    return [];
  }
}

module.exports = {shortKeys, KEY, routeKeysNextTo};
