/**
 * The script files a page's route loads at start, from what Docusaurus
 * generates for a locale (pure: text in, lists out; ./index.ts reads the
 * files and the bundler's chunk groups).
 *
 * In:  `.docusaurus/routes.js`, the route tree as Docusaurus 3.10 writes it:
 *        export default [
 *          {path: '/', component: ComponentCreator('/', '9e6'), routes: [
 *            {path: '/a', component: ComponentCreator('/a', '1c4'), exact: true, sidebar: "docs"}]},
 *          {path: '*', component: ComponentCreator('*')},
 *        ];
 *      `routesChunkNames.json`, each route's chunk names by `<path>-<hash>`
 *        ({"/a-1c4": {"__comp": "17896441", "content": "bec88806"}}, nested
 *        values too: `__context.plugin`), and the client compilation's
 *      chunk groups: the JavaScript files of the group each registry
 *      `import()` starts, by its name (the registry key is its
 *      `webpackChunkName`).
 * Out: for a page's path, the files Docusaurus' client `preload(pathname)`
 *      loads before it hydrates: the routes react-router-config's
 *      matchRoutes() finds for the path (the function the client calls),
 *      every chunk name of each, each name's group's files, in that order,
 *      each once, without the entry's own files.
 *
 * Why: Docusaurus writes none of these into the page, so the browser finds
 * them only once `main.js` has run, one round trip later, and each starts
 * its download from the main thread (README, "Main-thread work on a phone").
 *
 * Fenced: a routes.js in another shape, a route without chunk names, a chunk
 * name without a group or files: errors naming the generated file to
 * re-check against this one.
 */
import {createRequire} from 'node:module';
import {parse, type Expression, type Literal, type Node} from 'acorn';
import type {RouteConfig} from 'react-router-config';

/** One route of the generated table: what matchRoutes() reads, and the key of its chunk names. */
export interface TableRoute {
  path: string;
  exact?: boolean;
  /** `<path>-<hash>` as routesChunkNames.json keys it; undefined for ComponentCreator('*'). */
  key?: string;
  routes?: TableRoute[];
}

const REWRITTEN =
  "src/plugins/route-preloads/route-table.ts (what routes.js, routesChunkNames.json and the client's preload.js look like in the installed Docusaurus)";

function shapeError(file: string, node: Node | undefined, expected: string): Error {
  const where = node ? ` at offset ${node.start}` : '';
  return new Error(
    `[route-preloads] ${file}${where}: expected ${expected}. Docusaurus' generated route table changed shape: re-check ${REWRITTEN}.`,
  );
}

function stringValue(node: Node | undefined | null): string | undefined {
  const value = node?.type === 'Literal' ? (node as Literal).value : undefined;
  return typeof value === 'string' ? value : undefined;
}

function readRoute(node: Expression, file: string): TableRoute {
  if (node.type !== 'ObjectExpression') throw shapeError(file, node, 'a route object');
  const route: Partial<TableRoute> = {};
  for (const prop of node.properties) {
    if (prop.type !== 'Property' || prop.computed) throw shapeError(file, prop, 'a plain property');
    const name = prop.key.type === 'Identifier' ? prop.key.name : stringValue(prop.key as Node);
    const value = prop.value as Expression;
    if (name === 'path') {
      route.path = stringValue(value);
      if (route.path === undefined) throw shapeError(file, value, 'path: a string');
    } else if (name === 'exact') {
      if (value.type !== 'Literal' || typeof value.value !== 'boolean')
        throw shapeError(file, value, 'exact: true or false');
      route.exact = value.value;
    } else if (name === 'component') {
      const args = value.type === 'CallExpression' ? value.arguments.map(stringValue) : [];
      if (
        value.type !== 'CallExpression' ||
        value.callee.type !== 'Identifier' ||
        value.callee.name !== 'ComponentCreator' ||
        args.length < 1 ||
        args.length > 2 ||
        args.some((a) => a === undefined)
      )
        throw shapeError(file, value, "component: ComponentCreator('<path>', '<hash>')");
      if (args.length === 2) route.key = `${args[0]}-${args[1]}`;
      else if (args[0] !== '*')
        throw shapeError(file, value, "ComponentCreator('*') or two strings");
    } else if (name === 'routes') {
      if (value.type !== 'ArrayExpression') throw shapeError(file, value, 'routes: [...]');
      route.routes = value.elements.map((e) => {
        if (!e || e.type === 'SpreadElement') throw shapeError(file, e ?? undefined, 'a route');
        return readRoute(e, file);
      });
    }
    // Other keys are the route's attributes (`sidebar: "docs"`), JSON values
    // react-router doesn't read.
  }
  if (route.path === undefined) throw shapeError(file, node, 'a route with a path');
  return route as TableRoute;
}

/**
 * The route tree of a generated routes.js, by a JavaScript parser (acorn):
 * the file is code, not JSON (ComponentCreator calls, unquoted keys).
 * @param file the file's name, for errors
 */
export function parseRouteTable(source: string, file: string): TableRoute[] {
  let program;
  try {
    program = parse(source, {ecmaVersion: 'latest', sourceType: 'module'});
  } catch (error) {
    throw shapeError(file, undefined, `JavaScript (${(error as Error).message})`);
  }
  const exported = program.body.find((n) => n.type === 'ExportDefaultDeclaration');
  const table = exported?.declaration;
  if (!table || table.type !== 'ArrayExpression')
    throw shapeError(file, exported, 'export default [routes]');
  return table.elements.map((e) => {
    if (!e || e.type === 'SpreadElement') throw shapeError(file, e ?? undefined, 'a route');
    return readRoute(e, file);
  });
}

/** Every chunk name (string leaf) of a route's entry in routesChunkNames.json, in order. */
export function flatChunkNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatChunkNames);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatChunkNames);
  return [];
}

// The router Docusaurus' client bundles, from where @docusaurus/core resolves it.
const coreRequire = createRequire(
  createRequire(import.meta.url).resolve('@docusaurus/core/package.json'),
);
const {matchRoutes} = coreRequire('react-router-config') as typeof import('react-router-config');

export interface RoutePreloadsInput {
  routes: TableRoute[];
  /** routesChunkNames.json, parsed. */
  chunkNames: Record<string, unknown>;
  /** Chunk group name -> its JavaScript files (as emitted: `assets/js/12.ab.js`), in load order. */
  groups: Record<string, string[]>;
  /** The entry's files (`runtime~main`, `main`): on the page already. */
  entryFiles: string[];
  /** The bundle's public path (`/`, `/tr/`... as the pages' script hrefs start). */
  publicPath: string;
  /** For errors: the generated files read. */
  files: {routes: string; chunkNames: string};
}

/**
 * A function from a page's path (as the browser's `location.pathname` has
 * it, percent-encoded or not) to the hrefs of the scripts its route loads
 * at start, as the header says; throws when the path matches no route
 * with chunk names, or a chunk name has no files.
 */
export function routePreloads(input: RoutePreloadsInput): (pathname: string) => string[] {
  const {routes, chunkNames, groups, publicPath, files} = input;
  const entry = new Set(input.entryFiles);
  const table = routes as unknown as RouteConfig[];
  return (pathname) => {
    // As client/preload.js: the path and its decoded form.
    let decoded = pathname;
    try {
      decoded = decodeURI(pathname);
    } catch {
      // Not percent-encoded text: the path as given.
    }
    const matched = [...new Set([pathname, decoded])].flatMap((p) => matchRoutes(table, p));
    const out = new Set<string>();
    let named = 0;
    for (const {route} of matched) {
      const key = (route as unknown as TableRoute).key;
      if (key === undefined) continue;
      if (!(key in chunkNames))
        throw new Error(
          `[route-preloads] route ${key} of ${files.routes} has no entry in ${files.chunkNames}: re-check ${REWRITTEN}.`,
        );
      for (const name of flatChunkNames(chunkNames[key])) {
        named++;
        const js = groups[name];
        if (!js || js.length === 0)
          throw new Error(
            `[route-preloads] chunk name ${name} (route ${key}, ${files.chunkNames}) is the name of no chunk group with a script in the client bundle: the registry's import() no longer carries webpackChunkName = its key? Re-check ${REWRITTEN}.`,
          );
        for (const f of js) if (!entry.has(f)) out.add(`${publicPath}${f}`);
      }
    }
    if (named === 0)
      throw new Error(
        `[route-preloads] ${pathname} matches no route with chunk names in ${files.routes} (${matched.length} matched). Re-check ${REWRITTEN}.`,
      );
    return [...out];
  };
}

/**
 * The path a page is served at, from its file under the locale's output:
 * `a/b.html` -> `/a/b`, `index.html` -> `/`, `a/index.html` -> `/a/`
 * (with `trailingSlash: false` Docusaurus writes `/a/b` as `a/b.html`);
 * `404.html` is rendered at `/404.html` (and served at any unknown path).
 */
export function pagePath(file: string, baseUrl: string): string {
  const rel = file.split('\\').join('/');
  if (rel === '404.html') return `${baseUrl}404.html`;
  const path = rel.endsWith('/index.html') || rel === 'index.html' ? rel.slice(0, -10) : rel;
  return encodeURI(`${baseUrl}${path.replace(/\.html$/, '')}`);
}
