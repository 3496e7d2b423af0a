/**
 * Bundler loader for Docusaurus' generated `.docusaurus/routes.js` (the
 * route table every page carries), applied to the browser bundle only (see
 * ./index.ts).
 *
 * In:  one object per page, its path written twice, and a third time as the
 *      key `<path>-<hash>` of routesChunkNames.json (next to this file):
 *        {
 *          path: '/a/b',
 *          component: ComponentCreator('/a/b', '3f2'),
 *          exact: true,
 *          sidebar: "docs"
 *        },
 * Out: a call that builds the same object from that key, found by its rank
 *      in routesChunkNames, so the path is written once in the bundle:
 *        __pageAt(17, "docs"),
 *      (or `__page('/a/b', '3f2', "docs")` if routesChunkNames lacks the key).
 *
 * Why: one such object per article, version and locale; the extra copies of
 * each path are what grows with the site. Routes of another shape (with
 * child routes, without `exact`) stay as written; a file of another shape
 * passes through unchanged.
 */
const {routeKeysNextTo} = require('./chunk-keys.cjs');
const {fencedLoader} = require('./fence.cjs');

const STRING = String.raw`'(?:[^'\\\n]|\\.)*'`;
const PAGE = new RegExp(
  String.raw`\{\s*path: (${STRING}),\s*component: ComponentCreator\(\1, (${STRING})\),\s*exact: true(?:,\s*sidebar: ("(?:[^"\\\n]|\\.)*"))?\s*\}`,
  'g',
);
const IMPORT = "import ComponentCreator from '@docusaurus/ComponentCreator';\n";
const HELPER = `${IMPORT}import routesChunkNames from '@generated/routesChunkNames';

const __page = (path, hash, sidebar) =>
  sidebar === undefined
    ? {path, component: ComponentCreator(path, hash), exact: true}
    : {path, component: ComponentCreator(path, hash), exact: true, sidebar};
const __keys = Object.keys(routesChunkNames);
const __pageAt = (rank, sidebar) => {
  const key = __keys[rank];
  const cut = key.lastIndexOf('-');
  return __page(key.slice(0, cut), key.slice(cut + 1), sidebar);
};
`;

/** A single-quoted JavaScript string literal's value (as Docusaurus writes them). */
const unquote = (/** @type {string} */ literal) => literal.slice(1, -1).replace(/\\(.)/g, '$1');

/**
 * @param {string} source routes.js
 * @param {string[]} chunkNamesKeys the keys of routesChunkNames.json, in order
 * @param {{changes: number}} [stats] counts what was changed
 */
function compactRoutes(source, chunkNamesKeys = [], stats = {changes: 0}) {
  if (!source.includes(IMPORT)) return source;
  const rank = new Map(chunkNamesKeys.map((key, i) => [key, i]));
  let pages = 0;
  const out = source.replace(
    PAGE,
    (
      _,
      /** @type {string} */ routePath,
      /** @type {string} */ hash,
      /** @type {string | undefined} */ sidebar,
    ) => {
      pages++;
      const tail = sidebar === undefined ? '' : `, ${sidebar}`;
      const at = rank.get(`${unquote(routePath)}-${unquote(hash)}`);
      // The hash has no '-': the path is everything before the last one.
      return at !== undefined && !unquote(hash).includes('-')
        ? `__pageAt(${at}${tail})`
        : `__page(${routePath}, ${hash}${tail})`;
    },
  );
  stats.changes += pages;
  return pages === 0 ? source : out.replace(IMPORT, HELPER);
}

module.exports = fencedLoader('routes-loader.cjs', (source, stats, context) =>
  compactRoutes(source, routeKeysNextTo(context), stats),
);
module.exports.compactRoutes = compactRoutes;
