/**
 * Bundler loader for Docusaurus' generated `.docusaurus/routesChunkNames.json`,
 * applied to the browser bundle only (see ./index.ts).
 *
 * In:  {"<route path>-<hash>": {"__comp": "17896441", "content": "3a1f0c2e", ...}}
 *      (values: registry keys, possibly nested, e.g. `__context.plugin`).
 * Out: the same JSON with each registry key replaced by the short key the
 *      browser's registry uses (./chunk-keys.cjs, computed from registry.js
 *      next to this file). A value the registry doesn't list stays as it is.
 */
const fs = require('node:fs');
const path = require('node:path');
const {shortKeys} = require('./chunk-keys.cjs');
const {fencedLoader} = require('./fence.cjs');

/**
 * @param {unknown} value
 * @param {Map<string, string>} keys
 * @param {{changes: number}} stats
 * @returns {unknown}
 */
function renameValues(value, keys, stats) {
  if (typeof value === 'string') {
    const short = keys.get(value);
    if (short === undefined) return value;
    stats.changes++;
    return short;
  }
  if (Array.isArray(value)) return value.map((v) => renameValues(v, keys, stats));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renameValues(v, keys, stats)]),
    );
  }
  return value;
}

/**
 * @param {string} source
 * @param {string} registrySource
 * @param {{changes: number}} [stats] counts what was changed
 */
function withShortKeys(source, registrySource, stats = {changes: 0}) {
  /** @type {unknown} */
  let table;
  try {
    table = JSON.parse(source);
  } catch {
    return source;
  }
  return JSON.stringify(renameValues(table, shortKeys(registrySource), stats));
}

module.exports = fencedLoader('routes-chunk-names-loader.cjs', (source, stats, context) => {
  const registry = path.join(path.dirname(context.resourcePath), 'registry.js');
  context.addDependency(registry);
  return withShortKeys(source, fs.readFileSync(registry, 'utf8'), stats);
});
module.exports.withShortKeys = withShortKeys;
