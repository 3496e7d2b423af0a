/**
 * Bundler loader for the docs plugin's version metadata
 * (`.docusaurus/docusaurus-plugin-content-docs/<id>/p/*.json`, loaded by
 * every doc page of that version), applied to the browser bundle only (see
 * ./index.ts).
 *
 * In:  {"version": {..., "docsSidebars": {...}, "docs": {"<id>": {id, title,
 *      description, sidebar}}}}.
 * Out: a JavaScript module exporting the same object, without what the
 * browser never reads, and written shorter:
 *  - `"unlisted": false` on sidebar items (the theme only tests it for true);
 *  - with the option `descriptions: false` (given when no page of the site
 *    shows doc cards, see ./index.ts), each doc's `description` too.
 *  - a sidebar link to a doc whose address is the version's prefix and its
 *    id is written `l(label, docId)`, each doc of `docs` `[id, sidebar,
 *    title, description]`, its title 0 when it is the label of the doc's
 *    first such link (as it mostly is); helpers in the module rebuild the
 *    objects, titles included (useDocById returns them).
 * One entry per article in each. A file of another shape passes through
 * unchanged (as JSON), and fails a production build (./fence.cjs).
 */
const {fencedLoader} = require('./fence.cjs');

/**
 * Sidebar items and docs as parsed from the JSON: of unknown shape, each
 * field checked before it is used.
 * @typedef {any} Json
 */

/**
 * @param {Json[]} items
 * @param {{changes: number}} stats
 */
function trimItems(items, stats) {
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    if (item.unlisted === false) {
      delete item.unlisted;
      stats.changes++;
    }
    if (Array.isArray(item.items)) trimItems(item.items, stats);
  }
}

/** The href prefix most doc links share ("/tr/2021-08/"): href = prefix + docId. */
/**
 * @param {Json[]} items
 * @param {Map<string, number>} counts
 * @returns {string | undefined}
 */
function linkPrefix(items, counts = new Map()) {
  for (const item of items) {
    if (
      item?.type === 'link' &&
      typeof item.href === 'string' &&
      typeof item.docId === 'string' &&
      item.href.endsWith(item.docId)
    ) {
      const prefix = item.href.slice(0, item.href.length - item.docId.length);
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
    if (Array.isArray(item?.items)) linkPrefix(item.items, counts);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const isPlainLink = (/** @type {Json} */ item, /** @type {string | undefined} */ prefix) =>
  item?.type === 'link' &&
  Object.keys(item).length === 4 &&
  typeof item.label === 'string' &&
  typeof item.docId === 'string' &&
  item.href === prefix + item.docId;

/**
 * JavaScript for sidebar items: plain doc links as `l(label, docId)`.
 * @param {Json[]} items
 * @param {string | undefined} prefix
 * @param {Map<string, string>} labels filled: each doc's first plain link's label
 * @param {{changes: number}} stats
 * @returns {string}
 */
function emitItems(items, prefix, labels, stats) {
  const parts = items.map((/** @type {Json} */ item) => {
    if (isPlainLink(item, prefix)) {
      stats.changes++;
      if (!labels.has(item.docId)) labels.set(item.docId, item.label);
      return `l(${JSON.stringify(item.label)},${JSON.stringify(item.docId)})`;
    }
    if (Array.isArray(item?.items)) {
      const {items: children, ...rest} = item;
      return `{...${JSON.stringify(rest)},items:${emitItems(children, prefix, labels, stats)}}`;
    }
    return JSON.stringify(item);
  });
  return `[${parts.join(',')}]`;
}

/**
 * JavaScript for the docs list: `d([[id, sidebar, title, description], ...])`
 * (sidebar 0 when the doc is in none; title 0 when it is the label `labels`
 * holds for the doc; no description when `descriptions` is false).
 *
 * @param {Record<string, Json>} docs
 * @param {boolean} descriptions
 * @param {Map<string, string>} labels
 * @param {{changes: number}} stats
 */
function emitDocs(docs, descriptions, labels, stats) {
  const rows = Object.entries(docs).map(([key, doc]) => {
    const keys = Object.keys(doc ?? {});
    const plain =
      doc?.id === key &&
      typeof doc.title === 'string' &&
      typeof doc.description === 'string' &&
      keys.every(
        (k) =>
          k === 'id' ||
          k === 'title' ||
          k === 'description' ||
          (k === 'sidebar' && typeof doc.sidebar === 'string'),
      );
    if (!plain) return JSON.stringify({key, doc});
    stats.changes++;
    const title = labels.get(doc.id) === doc.title ? 0 : doc.title;
    const row = [doc.id, doc.sidebar ?? 0, title, ...(descriptions ? [doc.description] : [])];
    return JSON.stringify(row);
  });
  return `d([${rows.join(',')}])`;
}

/**
 * @param {string} source
 * @param {{descriptions?: boolean}} options
 * @param {{changes: number}} [stats] counts what was changed
 */
function forBrowser(source, {descriptions = true} = {}, stats = {changes: 0}) {
  /** @type {Json} */
  let data;
  try {
    data = JSON.parse(source);
  } catch {
    return source;
  }
  const version = data?.version;
  if (!version || typeof version !== 'object' || Object.keys(data).length !== 1) return source;
  const sidebars = version.docsSidebars ?? {};
  const docs = version.docs ?? {};
  for (const items of Object.values(sidebars)) {
    if (Array.isArray(items)) trimItems(items, stats);
  }
  const prefix = linkPrefix(
    Object.values(sidebars).flatMap((items) => (Array.isArray(items) ? items : [])),
  );
  const {docsSidebars, docs: _docs, ...rest} = version;
  /** @type {Map<string, string>} */
  const labels = new Map();
  const sidebarCode = Object.entries(sidebars)
    .map(
      ([name, items]) =>
        `${JSON.stringify(name)}:${Array.isArray(items) ? emitItems(items, prefix, labels, stats) : JSON.stringify(items)}`,
    )
    .join(',');
  // l() records each doc's first label in the order the loader saw them (the
  // sidebars are built before the docs list); d() takes titles from there.
  return `const p = ${JSON.stringify(prefix ?? '')};
const t = {};
const l = (label, docId) => (docId in t || (t[docId] = label), {type: "link", href: p + docId, label, docId});
const d = (rows) => Object.fromEntries(rows.map((row) => Array.isArray(row)
  ? [row[0], Object.assign({id: row[0], title: row[2] === 0 ? t[row[0]] : row[2]}, row.length > 3 ? {description: row[3]} : {}, row[1] === 0 ? {} : {sidebar: row[1]})]
  : [row.key, row.doc]));
export default {version: {...${JSON.stringify(rest)}, docsSidebars: {${sidebarCode}}, docs: ${emitDocs(docs, descriptions, labels, stats)}}};
`;
}

module.exports = fencedLoader('version-metadata-loader.cjs', (source, stats, context) =>
  forBrowser(source, context.getOptions() ?? {}, stats),
);
module.exports.forBrowser = forBrowser;
