/**
 * Each page's route scripts (src/plugins/route-preloads): the route table
 * read as Docusaurus writes it, a page's path matched as the client matches
 * it, its chunk names mapped to the client compilation's files; every
 * mismatch with what Docusaurus generates fails the build naming the file.
 * The generated files here are fixtures in our own words, and the installed
 * Docusaurus' own code generator for the contract.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {
  flatChunkNames,
  pagePath,
  parseRouteTable,
  routePreloads,
  type RoutePreloadsInput,
} from '../../src/plugins/route-preloads/route-table';
import {checkFence, chunkFilesOf} from '../../src/plugins/route-preloads';
import {coreClientDir} from '../../src/plugins/page-weight';
import {scriptsAfterPaint} from '../../src/plugins/critical-css/after-paint';

const siteDir = path.resolve(import.meta.dirname, '..', '..');

/** A route table shaped as Docusaurus 3.10 writes it: a search page, a home page, docs in two versions. */
const ROUTES_JS = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/find',
    component: ComponentCreator('/find', 'f01'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'h01'),
    exact: true
  },
  {
    path: '/',
    component: ComponentCreator('/', 'd01'),
    routes: [
      {
        path: '/old',
        component: ComponentCreator('/old', 'v02'),
        routes: [
          {
            path: '/old/guide/renew',
            component: ComponentCreator('/old/guide/renew', 'a02'),
            exact: true,
            sidebar: "main"
          }
        ]
      },
      {
        path: '/',
        component: ComponentCreator('/', 'v01'),
        routes: [
          {
            path: '/guide/renew',
            component: ComponentCreator('/guide/renew', 'a01'),
            exact: true,
            sidebar: "main"
          },
          {
            path: '/guide/ödeme',
            component: ComponentCreator('/guide/ödeme', 'a03'),
            exact: true
          }
        ]
      }
    ]
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;

/** Each route's chunk names, nested as Docusaurus nests them (`__context.plugin`, `__props`). */
const CHUNK_NAMES = {
  '/find-f01': {__comp: 'c-search', __context: {plugin: 'c-search-plugin'}},
  '/-h01': {__comp: 'c-home', data: 'c-home-data'},
  '/-d01': {__comp: 'c-docs-root', __context: {plugin: 'c-docs-plugin'}},
  '/old-v02': {__comp: 'c-version-root', __props: 'c-old-props'},
  '/old/guide/renew-a02': {__comp: 'c-doc-item', content: 'c-old-renew'},
  '/-v01': {__comp: 'c-version-root', __props: 'c-current-props'},
  '/guide/renew-a01': {__comp: 'c-doc-item', content: 'c-renew'},
  '/guide/ödeme-a03': {__comp: 'c-doc-item', content: 'c-payment'},
};

/** The client compilation's named chunk groups: shared split chunks first, as the runtime loads them. */
const GROUPS: Record<string, string[]> = {
  'c-search': ['assets/js/s1.js', 'assets/js/search.js'],
  'c-search-plugin': ['assets/js/search-plugin.js'],
  'c-home': ['assets/js/home.js'],
  'c-home-data': ['assets/js/home-data.js'],
  'c-docs-root': ['assets/js/shared.js', 'assets/js/docs-root.js'],
  'c-docs-plugin': ['assets/js/docs-plugin.js'],
  'c-version-root': ['assets/js/shared.js', 'assets/js/version-root.js'],
  'c-old-props': ['assets/js/old-props.js'],
  'c-current-props': ['assets/js/current-props.js'],
  'c-doc-item': ['assets/js/shared.js', 'assets/js/doc-item.js'],
  'c-old-renew': ['assets/js/old-renew.js'],
  'c-renew': ['assets/js/renew.js'],
  'c-payment': ['assets/js/main.js', 'assets/js/payment.js'],
};

function input(over: Partial<RoutePreloadsInput> = {}): RoutePreloadsInput {
  return {
    routes: parseRouteTable(ROUTES_JS, 'routes.js'),
    chunkNames: CHUNK_NAMES,
    groups: GROUPS,
    entryFiles: ['assets/js/runtime~main.js', 'assets/js/main.js'],
    publicPath: '/tr/',
    files: {routes: 'routes.js', chunkNames: 'routesChunkNames.json'},
    ...over,
  };
}

describe('a page path to the scripts its route loads at start', () => {
  const preloads = routePreloads(input());

  it('an article: the docs root, its version, the article, each file once, in load order', () => {
    expect(preloads('/guide/renew')).toEqual([
      '/tr/assets/js/shared.js',
      '/tr/assets/js/docs-root.js',
      '/tr/assets/js/docs-plugin.js',
      '/tr/assets/js/version-root.js',
      '/tr/assets/js/current-props.js',
      '/tr/assets/js/doc-item.js',
      '/tr/assets/js/renew.js',
    ]);
  });

  it("a versioned article gets its version's data, not the current one's", () => {
    const old = preloads('/old/guide/renew');
    expect(old).toContain('/tr/assets/js/old-props.js');
    expect(old).toContain('/tr/assets/js/old-renew.js');
    expect(old).not.toContain('/tr/assets/js/current-props.js');
  });

  it('the home and search pages: their exact routes only', () => {
    expect(preloads('/')).toEqual(['/tr/assets/js/home.js', '/tr/assets/js/home-data.js']);
    expect(preloads('/find')).toEqual([
      '/tr/assets/js/s1.js',
      '/tr/assets/js/search.js',
      '/tr/assets/js/search-plugin.js',
    ]);
  });

  it("a path as the browser has it, percent-encoded; the entry's own files left out", () => {
    const payment = preloads(encodeURI('/guide/ödeme'));
    expect(payment).toContain('/tr/assets/js/payment.js');
    expect(payment).not.toContain('/tr/assets/js/main.js');
  });

  it('a path no article has (the 404 page): the docs root and version the client loads for it', () => {
    expect(preloads('/404.html')).toEqual([
      '/tr/assets/js/shared.js',
      '/tr/assets/js/docs-root.js',
      '/tr/assets/js/docs-plugin.js',
      '/tr/assets/js/version-root.js',
      '/tr/assets/js/current-props.js',
    ]);
  });

  it('fails naming routesChunkNames.json when a route has no chunk names there', () => {
    const {'/guide/renew-a01': _dropped, ...rest} = CHUNK_NAMES;
    expect(() => routePreloads(input({chunkNames: rest}))('/guide/renew')).toThrow(
      /route \/guide\/renew-a01 of routes\.js has no entry in routesChunkNames\.json/,
    );
  });

  it('fails naming the chunk name when the compilation has no group of that name', () => {
    const {'c-renew': _dropped, ...rest} = GROUPS;
    expect(() => routePreloads(input({groups: rest}))('/guide/renew')).toThrow(
      /chunk name c-renew \(route \/guide\/renew-a01, routesChunkNames\.json\) is the name of no chunk group/,
    );
  });

  it('fails when a path matches only the catch-all route (no chunk names)', () => {
    const routes = parseRouteTable(
      `export default [{path: '/a', component: ComponentCreator('/a', 'x'), exact: true}, {path: '*', component: ComponentCreator('*')}];`,
      'routes.js',
    );
    expect(() => routePreloads(input({routes}))('/b')).toThrow(
      /\/b matches no route with chunk names in routes\.js/,
    );
  });
});

describe('the route table read as Docusaurus writes it', () => {
  it('keeps paths, exactness, nesting and the chunk-name key of each route', () => {
    const [search, , docs, notFound] = parseRouteTable(ROUTES_JS, 'routes.js');
    expect(search).toEqual({path: '/find', key: '/find-f01', exact: true});
    expect(docs?.routes?.[1]?.routes?.[0]).toEqual({
      path: '/guide/renew',
      key: '/guide/renew-a01',
      exact: true,
    });
    expect(notFound).toEqual({path: '*'});
  });

  it.each([
    ['a spread', `export default [...more];`],
    [
      'a computed path',
      `export default [{path: base + '/a', component: ComponentCreator('/a', 'x')}];`,
    ],
    ['another component maker', `export default [{path: '/a', component: lazy('/a', 'x')}];`],
    ['a table that is not exported as an array', `export default routes;`],
    ['text that is not JavaScript', `export default [{path: '/a',,}`],
  ])('fails naming routes.js on %s', (_what, source) => {
    expect(() => parseRouteTable(source, '/site/.docusaurus/routes.js')).toThrow(
      /\/site\/\.docusaurus\/routes\.js.*re-check src\/plugins\/route-preloads\/route-table\.ts/,
    );
  });

  it("flattens a route's chunk names as the client's flat() does", () => {
    expect(flatChunkNames({__comp: 'a', __context: {plugin: 'b'}, items: ['c', {x: 'd'}]})).toEqual(
      ['a', 'b', 'c', 'd'],
    );
  });

  it('a built page to the path it is served at', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('index.html', '/tr/')).toBe('/tr/');
    expect(pagePath('guide/renew.html', '/tr/')).toBe('/tr/guide/renew');
    expect(pagePath('guide/index.html', '/')).toBe('/guide/');
    expect(pagePath('404.html', '/tr/')).toBe('/tr/404.html');
    expect(pagePath('guide/ödeme.html', '/')).toBe(encodeURI('/guide/ödeme'));
  });
});

describe('the contract with the installed Docusaurus', () => {
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

  it('reads the route table its code generator writes, and finds every route in its chunk names', () => {
    const require = createRequire(import.meta.url);
    const {generateRoutesCode} = require('@docusaurus/core/lib/server/codegen/codegenRoutes.js');
    const {routesConfig, routesChunkNames} = generateRoutesCode([
      {path: '/find', component: '@theme/SearchPage', exact: true},
      {
        path: '/',
        component: '@theme/DocsRoot',
        context: {plugin: '@generated/docs/default/plugin.json'},
        routes: [
          {
            path: '/',
            component: '@theme/DocVersionRoot',
            props: {version: {}},
            modules: {__props: '@generated/docs/default/p/index.json'},
            routes: [
              {
                path: '/guide/renew',
                component: '@theme/DocItem',
                exact: true,
                sidebar: 'main',
                modules: {content: '@site/docs/guide/renew.md'},
              },
            ],
          },
        ],
      },
    ]);
    const routes = parseRouteTable(routesConfig, 'routes.js');
    const groups = Object.fromEntries(
      Object.values(routesChunkNames as Record<string, unknown>)
        .flatMap(flatChunkNames)
        .map((name) => [name, [`assets/js/${name}.js`]]),
    );
    const preloads = routePreloads(input({routes, chunkNames: routesChunkNames, groups}));
    // Docs root (component, plugin), version root (component, props), article (component, content).
    expect(preloads('/guide/renew')).toHaveLength(6);
    expect(preloads('/find')).toHaveLength(1);
  });

  it('accepts the installed client', () => {
    expect(() => checkFence(siteDir)).not.toThrow();
  });

  it("stops the build when the client no longer looks a route's chunks up by path and hash", () => {
    const client = fs.mkdtempSync(path.join(os.tmpdir(), 'route-preloads-'));
    scratch.push(client);
    fs.mkdirSync(path.join(client, 'exports'));
    fs.copyFileSync(path.join(coreClientDir(), 'preload.js'), path.join(client, 'preload.js'));
    const creator = fs.readFileSync(
      path.join(coreClientDir(), 'exports', 'ComponentCreator.js'),
      'utf8',
    );
    fs.writeFileSync(
      path.join(client, 'exports', 'ComponentCreator.js'),
      creator.replace('routesChunkNames[`${path}-${hash}`]', 'routesChunkNames[hash]'),
    );
    expect(() => checkFence(siteDir, client)).toThrow(
      /ComponentCreator\.js no longer has routesChunkNames.*re-check src\/plugins\/route-preloads\/route-table\.ts/i,
    );
  });
});

describe('the compilation recorded, and the pages written', () => {
  const chunk = (...files: string[]) => ({files: new Set(files)});

  it("records each named group's scripts and the entry's, without styles", () => {
    const files = chunkFilesOf({
      namedChunkGroups: new Map([
        [
          'c-doc-item',
          {chunks: [chunk('assets/js/1.js', 'assets/css/1.css'), chunk('assets/js/2.js')]},
        ],
      ]),
      entrypoints: new Map([
        ['main', {chunks: [chunk('assets/js/runtime~main.js'), chunk('assets/js/main.js')]}],
      ]),
      outputOptions: {publicPath: '/'},
      errors: [],
    });
    expect(files).toEqual({
      groups: {'c-doc-item': ['assets/js/1.js', 'assets/js/2.js']},
      entryFiles: ['assets/js/runtime~main.js', 'assets/js/main.js'],
      publicPath: '/',
    });
  });

  const page =
    '<head><script src=/assets/js/runtime~main.aa.js defer></script><script src=/assets/js/main.bb.js defer></script></head>';
  const entry = ['/assets/js/runtime~main.aa.js', '/assets/js/main.bb.js'];

  it("lists the route's scripts on the start script, after the entry's preloads", () => {
    const html = scriptsAfterPaint(page, 'a.html', () => ({
      hrefs: ['/assets/js/1.js', '/assets/js/2.js'],
      entry,
    }));
    expect(html).toMatch(
      /^<head><link rel=preload as=script href=\/assets\/js\/runtime~main\.aa\.js data-after-paint><link rel=preload as=script href=\/assets\/js\/main\.bb\.js data-after-paint><script data-route-scripts="\/assets\/js\/1\.js \/assets\/js\/2\.js">/,
    );
  });

  it("fails when the page's entry is not the recorded compilation's", () => {
    expect(() =>
      scriptsAfterPaint(page, 'a.html', () => ({
        hrefs: [],
        entry: ['/assets/js/runtime~main.aa.js', '/assets/js/main.cc.js'],
      })),
    ).toThrow(/a\.html loads .*main\.bb\.js; the client compilation's entry is .*main\.cc\.js/);
  });
});
