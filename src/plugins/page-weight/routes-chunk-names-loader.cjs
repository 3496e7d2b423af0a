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

/**
 * @param {unknown} value
 * @param {Map<string, string>} keys
 * @returns {unknown}
 */
function renameValues(value, keys) {
  if (typeof value === 'string') return keys.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameValues(v, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameValues(v, keys)]));
  }
  return value;
}

/**
 * @param {string} source
 * @param {string} registrySource
 */
function withShortKeys(source, registrySource) {
  /** @type {unknown} */
  let table;
  try {
    table = JSON.parse(source);
  } catch {
    return source;
  }
  return JSON.stringify(renameValues(table, shortKeys(registrySource)));
}

/**
 * @this {import('webpack').LoaderContext<unknown>}
 * @param {string} source
 */
module.exports = function routesChunkNamesLoader(source) {
  const registry = path.join(path.dirname(this.resourcePath), 'registry.js');
  this.addDependency(registry);
  return withShortKeys(source, fs.readFileSync(registry, 'utf8'));
};
module.exports.withShortKeys = withShortKeys;
