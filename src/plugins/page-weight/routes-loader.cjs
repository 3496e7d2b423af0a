/**
 * Bundler loader for Docusaurus' generated `.docusaurus/routes.js` (the
 * route table every page carries), applied to the browser bundle only (see
 * ./index.ts).
 *
 * In:  one object per page, its path written twice:
 *        {
 *          path: '/a/b',
 *          component: ComponentCreator('/a/b', '3f2'),
 *          exact: true,
 *          sidebar: "docs"
 *        },
 * Out: a call that builds the same object, the path written once:
 *        __page('/a/b', '3f2', "docs"),
 *
 * Why: one such object per article, version and locale; the second copy of
 * each path is what grows with the site. Routes of another shape (with
 * child routes, without `exact`) stay as written; a file of another shape
 * passes through unchanged.
 */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'`;
const PAGE = new RegExp(
  String.raw`\{\s*path: (${STRING}),\s*component: ComponentCreator\(\1, (${STRING})\),\s*exact: true(?:,\s*sidebar: ("(?:[^"\\\n]|\\.)*"))?\s*\}`,
  'g',
);
const IMPORT = "import ComponentCreator from '@docusaurus/ComponentCreator';\n";
const HELPER = `${IMPORT}
const __page = (path, hash, sidebar) =>
  sidebar === undefined
    ? {path, component: ComponentCreator(path, hash), exact: true}
    : {path, component: ComponentCreator(path, hash), exact: true, sidebar};
`;

function compactRoutes(source) {
  if (!source.includes(IMPORT)) return source;
  let pages = 0;
  const out = source.replace(PAGE, (_, routePath, hash, sidebar) => {
    pages++;
    return `__page(${routePath}, ${hash}${sidebar === undefined ? '' : `, ${sidebar}`})`;
  });
  return pages === 0 ? source : out.replace(IMPORT, HELPER);
}

module.exports = function routesLoader(source) {
  return compactRoutes(source);
};
module.exports.compactRoutes = compactRoutes;
