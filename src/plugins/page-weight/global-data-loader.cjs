/**
 * Bundler loader for Docusaurus' generated `.docusaurus/globalData.json`
 * (every plugin's data for every page, in the main bundle), applied to the
 * browser bundle only (see ./index.ts).
 *
 * In:  {"docusaurus-plugin-content-docs": {"<id>": {"versions": [{"path":
 *      "/tr/", "docs": [{"id": "a/b", "path": "/tr/a/b", "sidebar": "docs"},
 *      ...]}]}}, ...}: one entry per article and version, its path twice.
 * Out: a JavaScript module exporting the same object, in which a doc whose
 *      path is a route of routesChunkNames.json (next to this file) and whose
 *      id is that path without the version's path is written as the step
 *      from the previous doc's rank among those routes (mostly 1), and its
 *      sidebar only when it isn't the version's usual one. The paths are
 *      then in the bundle once (routesChunkNames' keys), and the module
 *      rebuilds each {id, path, sidebar} from them.
 *
 * Docs of another shape stay as written; a file of another shape passes
 * through unchanged (as JSON).
 */
const {routeKeysNextTo} = require('./chunk-keys.cjs');
const {fencedLoader} = require('./fence.cjs');

const DOCS = 'docusaurus-plugin-content-docs';

/** Route path of a routesChunkNames key `<path>-<hash>`. */
const routeOf = (/** @type {string} */ key) => key.slice(0, key.lastIndexOf('-'));

/**
 * @template T
 * @param {T[]} values
 * @returns {T | undefined}
 */
function mostCommon(values) {
  /** @type {Map<T, number>} */
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * @typedef {{id?: unknown, path?: unknown, sidebar?: unknown}} Doc
 * @typedef {{path: string, docs: (Doc | null)[]}} Version
 */

/**
 * JavaScript for one version's docs: `D(prefix, usualSidebar, rows)`.
 *
 * @param {Version} version
 * @param {Map<unknown, number>} rankOf
 * @param {{changes: number}} stats
 */
function emitDocs(version, rankOf, stats) {
  const prefix = version.path.endsWith('/') ? version.path : `${version.path}/`;
  const usual = mostCommon(version.docs.map((doc) => doc?.sidebar ?? 0)) ?? 0;
  let previous = 0;
  const rows = version.docs.map((doc) => {
    const keys = Object.keys(doc ?? {});
    const rank = rankOf.get(doc?.path);
    const plain =
      rank !== undefined &&
      rank >= previous &&
      doc &&
      typeof doc.id === 'string' &&
      doc.path === prefix + doc.id &&
      keys.every(
        (k) => k === 'id' || k === 'path' || (k === 'sidebar' && typeof doc.sidebar === 'string'),
      ) &&
      keys[0] === 'id' &&
      keys[1] === 'path';
    if (!plain) return JSON.stringify({doc});
    stats.changes++;
    const step = rank - previous;
    previous = rank;
    const sidebar = doc.sidebar ?? 0;
    return sidebar === usual ? String(step) : JSON.stringify([step, sidebar]);
  });
  return `D(${JSON.stringify(prefix)},${JSON.stringify(usual)},[${rows.join(',')}])`;
}

/**
 * @param {string} source globalData.json
 * @param {string[]} chunkNamesKeys the keys of routesChunkNames.json, in order
 * @param {{changes: number}} [stats] counts what was changed
 */
function compactGlobalData(source, chunkNamesKeys, stats = {changes: 0}) {
  /** @type {any} JSON of unknown shape, checked field by field */
  let data;
  try {
    data = JSON.parse(source);
  } catch {
    return source;
  }
  const docs = data?.[DOCS];
  if (!docs || typeof docs !== 'object' || chunkNamesKeys.length === 0) return source;
  const rankOf = new Map(chunkNamesKeys.map((key, i) => [routeOf(key), i]));
  const instances = Object.entries(docs).map(([id, instance]) => {
    if (!Array.isArray(instance?.versions))
      return `${JSON.stringify(id)}:${JSON.stringify(instance)}`;
    const versions = instance.versions.map((/** @type {any} */ version) => {
      if (!Array.isArray(version?.docs) || typeof version.path !== 'string')
        return JSON.stringify(version);
      const {docs: versionDocs, ...rest} = version;
      // Key order as Docusaurus writes it: docs sits among the others.
      const order = Object.keys(version);
      const fields = order.map((k) =>
        k === 'docs'
          ? `docs:${emitDocs(version, rankOf, stats)}`
          : `${JSON.stringify(k)}:${JSON.stringify(rest[k])}`,
      );
      return `{${fields.join(',')}}`;
    });
    const {versions: _versions, ...rest} = instance;
    const fields = Object.keys(instance).map((k) =>
      k === 'versions'
        ? `versions:[${versions.join(',')}]`
        : `${JSON.stringify(k)}:${JSON.stringify(rest[k])}`,
    );
    return `${JSON.stringify(id)}:{${fields.join(',')}}`;
  });
  const top = Object.keys(data).map((k) =>
    k === DOCS
      ? `${JSON.stringify(DOCS)}:{${instances.join(',')}}`
      : `${JSON.stringify(k)}:${JSON.stringify(data[k])}`,
  );
  return `import routesChunkNames from '@generated/routesChunkNames';

const routes = Object.keys(routesChunkNames).map((key) => key.slice(0, key.lastIndexOf('-')));
const D = (prefix, usual, rows) => {
  let rank = 0;
  return rows.map((row) => {
    if (typeof row === 'object' && !Array.isArray(row)) return row.doc;
    const [step, sidebar] = Array.isArray(row) ? row : [row, usual];
    rank += step;
    const path = routes[rank];
    return sidebar === 0 ? {id: path.slice(prefix.length), path} : {id: path.slice(prefix.length), path, sidebar};
  });
};

export default {${top.join(',')}};
`;
}

module.exports = fencedLoader('global-data-loader.cjs', (source, stats, context) =>
  compactGlobalData(source, routeKeysNextTo(context), stats),
);
module.exports.compactGlobalData = compactGlobalData;
