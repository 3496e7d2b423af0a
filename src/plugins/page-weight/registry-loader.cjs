/**
 * Bundler loader for Docusaurus' generated `.docusaurus/registry.js`,
 * applied to the browser bundle only (see ./index.ts).
 *
 * In:  one entry per route chunk, naming its module three times:
 *        "0a1b2c3d": [() => import(/* webpackChunkName: "0a1b2c3d" *\/ "@site/docs/a.md"),
 *                     "@site/docs/a.md", require.resolveWeak("@site/docs/a.md")],
 * Out: the same entries with the middle name emptied and the key shortened
 *      (./chunk-keys.cjs):
 *        "5": [() => import(/* webpackChunkName: "0a1b2c3d" *\/ "@site/docs/a.md"),
 *              "", require.resolveWeak("@site/docs/a.md")],
 *
 * Why: the bundler turns the first and last into numbers, but the middle one
 * stays a string in every page's main bundle, one per route (per article,
 * version and locale). Docusaurus hands it to react-loadable as `modules`,
 * which only the server render reads (to list the chunks a page used); in
 * the browser it is never read. The server bundle keeps it.
 * If Docusaurus changes the file's shape, nothing matches: a production
 * build then fails (./fence.cjs).
 */
const {shortKeys} = require('./chunk-keys.cjs');
const {fencedLoader} = require('./fence.cjs');

const ENTRY =
  /(\(\) => import\(\/\* webpackChunkName: "[^"]*" \*\/ "(?:[^"\\]|\\.)*"\)), "(?:[^"\\]|\\.)*", (require\.resolveWeak\()/g;
const KEYED = /^(\s*)"((?:[^"\\]|\\.)+)": \[\(\) => import\(/gm;

/**
 * @param {string} source registry.js
 * @param {{changes: number}} [stats] counts what was changed
 */
function compactRegistry(source, stats = {changes: 0}) {
  const keys = shortKeys(source);
  return source
    .replace(ENTRY, (_entry, /** @type {string} */ load, /** @type {string} */ weak) => {
      stats.changes++;
      return `${load}, "", ${weak}`;
    })
    .replace(
      KEYED,
      (_entry, /** @type {string} */ indent, /** @type {string} */ key) =>
        `${indent}"${keys.get(key) ?? key}": [() => import(`,
    );
}

module.exports = fencedLoader('registry-loader.cjs', (source, stats) =>
  compactRegistry(source, stats),
);
module.exports.compactRegistry = compactRegistry;
