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
const KEY = /^\s*"((?:[^"\\]|\\.)+)": \[\(\) => import\(/gm;

function shortKeys(registrySource) {
  const keys = [...registrySource.matchAll(KEY)].map((m) => m[1]).sort();
  return new Map(keys.map((key, i) => [key, i.toString(36)]));
}

module.exports = {shortKeys, KEY};
