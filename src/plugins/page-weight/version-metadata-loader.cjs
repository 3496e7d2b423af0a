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
 *  - each doc's `title` in `docs` (read by useDocById, whose one caller, the
 *    theme's DocCard, shows the sidebar label and the doc's description);
 *  - with the option `descriptions: false` (given when no page of the site
 *    shows doc cards, see ./index.ts), each doc's `description` too.
 *  - a sidebar link to a doc whose address is the version's prefix and its
 *    id is written `l(label, docId)`, each doc of `docs` `[id, description,
 *    sidebar]`; helpers in the module rebuild the objects.
 * One entry per article in each; a file of another shape passes through
 * unchanged (as JSON).
 */
/**
 * Sidebar items and docs as parsed from the JSON: of unknown shape, each
 * field checked before it is used.
 * @typedef {any} Json
 */

/** @param {Json[]} items */
function trimItems(items) {
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    if (item.unlisted === false) delete item.unlisted;
    if (Array.isArray(item.items)) trimItems(item.items);
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

/** JavaScript for sidebar items: plain doc links as `l(label, docId)`. */
/**
 * @param {Json[]} items
 * @param {string | undefined} prefix
 * @returns {string}
 */
function emitItems(items, prefix) {
  const parts = items.map((/** @type {Json} */ item) => {
    if (isPlainLink(item, prefix))
      return `l(${JSON.stringify(item.label)},${JSON.stringify(item.docId)})`;
    if (Array.isArray(item?.items)) {
      const {items: children, ...rest} = item;
      return `{...${JSON.stringify(rest)},items:${emitItems(children, prefix)}}`;
    }
    return JSON.stringify(item);
  });
  return `[${parts.join(',')}]`;
}

/**
 * JavaScript for the docs list: `d([[id, sidebar, description], ...])`
 * (sidebar 0 when the doc is in none; no description when `descriptions` is
 * false).
 *
 * @param {Record<string, Json>} docs
 * @param {boolean} descriptions
 */
function emitDocs(docs, descriptions) {
  const rows = Object.entries(docs).map(([key, doc]) => {
    const keys = Object.keys(doc ?? {});
    const plain =
      doc?.id === key &&
      typeof doc.description === 'string' &&
      keys.every(
        (k) =>
          k === 'id' || k === 'description' || (k === 'sidebar' && typeof doc.sidebar === 'string'),
      );
    if (!plain) return JSON.stringify({key, doc});
    const row = [doc.id, doc.sidebar ?? 0, ...(descriptions ? [doc.description] : [])];
    return JSON.stringify(row);
  });
  return `d([${rows.join(',')}])`;
}

/**
 * @param {string} source
 * @param {{descriptions?: boolean}} options
 */
function forBrowser(source, {descriptions = true} = {}) {
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
    if (Array.isArray(items)) trimItems(items);
  }
  for (const doc of Object.values(docs)) {
    if (doc && typeof doc === 'object') delete doc.title;
  }
  const prefix = linkPrefix(
    Object.values(sidebars).flatMap((items) => (Array.isArray(items) ? items : [])),
  );
  const {docsSidebars, docs: _docs, ...rest} = version;
  const sidebarCode = Object.entries(sidebars)
    .map(
      ([name, items]) =>
        `${JSON.stringify(name)}:${Array.isArray(items) ? emitItems(items, prefix) : JSON.stringify(items)}`,
    )
    .join(',');
  return `const p = ${JSON.stringify(prefix ?? '')};
const l = (label, docId) => ({type: "link", href: p + docId, label, docId});
const d = (rows) => Object.fromEntries(rows.map((row) => Array.isArray(row)
  ? [row[0], Object.assign({id: row[0]}, row[1] === 0 ? {} : {sidebar: row[1]}, row.length > 2 ? {description: row[2]} : {})]
  : [row.key, row.doc]));
export default {version: {...${JSON.stringify(rest)}, docsSidebars: {${sidebarCode}}, docs: ${emitDocs(docs, descriptions)}}};
`;
}

/**
 * @this {import('webpack').LoaderContext<{descriptions?: boolean}>}
 * @param {string} source
 */
module.exports = function versionMetadataLoader(source) {
  return forBrowser(source, this.getOptions() ?? {});
};
module.exports.forBrowser = forBrowser;
