/**
 * The page-weight plugin's source loaders (src/plugins/page-weight): what the
 * browser's bundle loses or gets shorter, and that everything else passes through.
 */
import fs from 'node:fs';
import os from 'node:os';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {only16} from '../../src/plugins/page-weight/octicons-16-loader.cjs';
import {
  readMessages,
  withMessages,
  withoutDescriptions,
} from '../../src/plugins/page-weight/translation-descriptions-loader.cjs';
import {forBrowser} from '../../src/plugins/page-weight/site-config-loader.cjs';
import {withShortKeys} from '../../src/plugins/page-weight/routes-chunk-names-loader.cjs';
import {compactRoutes} from '../../src/plugins/page-weight/routes-loader.cjs';
import {compactRegistry} from '../../src/plugins/page-weight/registry-loader.cjs';
import {forBrowser as versionForBrowser} from '../../src/plugins/page-weight/version-metadata-loader.cjs';
import {compactGlobalData} from '../../src/plugins/page-weight/global-data-loader.cjs';
import {showsDocCards, translatedCode} from '../../src/plugins/page-weight';

const require = createRequire(import.meta.url);

describe('octicons loader', () => {
  const iconsDir = path.join(path.dirname(require.resolve('@primer/octicons-react')), 'icons');
  const icon = (name: string): string =>
    fs.readFileSync(path.join(iconsDir, `${name}.mjs`), 'utf8');

  it('keeps the 16 px drawing of an icon the site uses and drops the others', () => {
    const source = icon('LightBulbIcon');
    const out = only16(source);
    expect(out).toContain('var heights = ["16"];');
    expect(out).toContain('"16": {');
    expect(out).not.toContain('"24": {');
    expect(out.length).toBeLessThan(source.length * 0.7);
    // Still a module the bundler can parse: the object literal is whole.
    expect(() => new Function(out.replace(/^(import|export) .*$/gm, ''))).not.toThrow();
  });

  it('passes through an icon without a 16 px drawing, and other modules', () => {
    const only24 =
      'var heights = ["24"];\nvar svgDataByHeight = {\n\t"24": {\n\t\t"width": 24\n\t}\n};\n';
    expect(only16(only24)).toBe(only24);
    expect(only16('export default 1;')).toBe('export default 1;');
  });
});

describe('translation descriptions loader', () => {
  it('takes the description out of translate() calls, wherever it sits in the object', () => {
    expect(
      withoutDescriptions(
        `translate({id: 'a.b', message: 'Close', description: 'The label, with {count} and "quotes"'})`,
      ),
    ).toBe(`translate({id: 'a.b', message: 'Close'})`);
    expect(
      withoutDescriptions(
        `translate({\n  id: 'a.b',\n  description: "Başlık",\n  message: 'Kapat {n}',\n}, {n: 2})`,
      ),
    ).toBe(`translate({\n  id: 'a.b',\n  \n  message: 'Kapat {n}',\n}, {n: 2})`);
  });

  it('takes the description attribute out of <Translate> elements, string or expression', () => {
    expect(
      withoutDescriptions('<Translate id="a.b" description="The label > of it">Close</Translate>'),
    ).toBe('<Translate id="a.b">Close</Translate>');
    expect(
      withoutDescriptions(
        '<Translate\n  id="a.b"\n  description={"x"}\n  values={{n: <b>1</b>}}>Close</Translate>',
      ),
    ).toBe('<Translate\n  id="a.b"\n  values={{n: <b>1</b>}}>Close</Translate>');
  });

  it("puts the locale's message in translate() calls and <Translate> elements, nested too", () => {
    const messages = {'a.b': 'Kapat {n}', 'c.d': 'en son sürüm', 'e.f': 'Sürüm'};
    const stats = {changes: 0, expected: 0, missed: [] as string[]};
    expect(
      withMessages(`translate({id: 'a.b', message: 'Close {n}'}, {n: 2})`, messages, stats),
    ).toBe(`translate({message: "Kapat {n}"}, {n: 2})`);
    expect(withMessages(`translate({id: "e.f"})`, messages, stats)).toBe(
      `translate({message: "Sürüm"})`,
    );
    const outer =
      '<Translate id="e.f" values={{link: <b><Translate id="c.d">latest</Translate></b>}}>Version {link}</Translate>';
    const once = withMessages(outer, messages, stats);
    expect(withMessages(once, messages, stats)).toBe(
      '<Translate values={{link: <b><Translate>{"en son sürüm"}</Translate></b>}}>{"Sürüm"}</Translate>',
    );
    expect(stats.missed).toEqual([]);
    // Ids without a message of this locale stay as written.
    const english = `translate({id: 'x.y', message: 'Open'})`;
    expect(withMessages(english, messages, stats)).toBe(english);
  });

  it('reports a translation id it cannot read, so the build fails instead of showing English', () => {
    const stats = {changes: 0, expected: 0, missed: [] as string[]};
    const dynamic = 'translate({id: `a.${kind}`, message: "m"}); translate({id, message})';
    expect(withMessages(dynamic, {'a.b': 'x'}, stats)).toBe(dynamic);
    expect(stats.missed).toHaveLength(2);
  });

  it("reads each locale's messages when one process rewrites the same file between locales", () => {
    // `docusaurus build` with every locale: one process, one codeTranslations.json path,
    // rewritten for the next locale. Turkish pages once hydrated to English through a
    // cache keyed by the path.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-translations-'));
    const file = path.join(dir, 'codeTranslations.json');
    try {
      fs.writeFileSync(file, JSON.stringify({'a.b': 'Close'}));
      expect(readMessages(file)).toEqual({'a.b': 'Close'});
      fs.writeFileSync(file, JSON.stringify({'a.b': 'Kapat'}));
      expect(readMessages(file)).toEqual({'a.b': 'Kapat'});
      fs.writeFileSync(file, JSON.stringify({'a.b': 'Close'}));
      expect(readMessages(file)).toEqual({'a.b': 'Close'});
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('leaves other descriptions alone: props, meta tags, a description that is not a literal', () => {
    const other =
      'const page = {description: "keep"}; <meta name="description" content={description} />; translate({id: "x", message: "m", description})';
    expect(withoutDescriptions(other)).toBe(other);
  });
});

describe('site configuration loader', () => {
  const config = {
    title: 'Lisanslama Rehberi',
    baseUrl: '/tr/',
    future: {
      v4: {useCssCascadeLayers: true},
      experimental_router: 'browser',
      faster: {rspackBundler: true},
      experimental_vcs: {},
    },
    presets: [['classic', {docs: {beforeDefaultRemarkPlugins: [null]}}]],
    plugins: [null],
    markdown: {format: 'detect'},
    onBrokenLinks: 'throw',
    themeConfig: {navbar: {title: 'Lisanslama Rehberi'}},
  };

  it('keeps what the browser reads and drops build instructions', () => {
    const out = forBrowser(`/* generated */\nexport default ${JSON.stringify(config, null, 2)};\n`);
    const kept = JSON.parse(/export default (.*);/.exec(out)?.[1] ?? 'null') as Record<
      string,
      unknown
    >;
    expect(kept).toEqual({
      title: 'Lisanslama Rehberi',
      baseUrl: '/tr/',
      future: {v4: {useCssCascadeLayers: true}, experimental_router: 'browser'},
      themeConfig: {navbar: {title: 'Lisanslama Rehberi'}},
    });
  });

  it('passes a file of another shape through unchanged', () => {
    const other = 'export default someFunction();\n';
    expect(forBrowser(other)).toBe(other);
  });
});

describe('which code loses translation descriptions', () => {
  it("is the site's own and Docusaurus' packages, not other libraries", () => {
    expect(translatedCode(path.join('site', 'src', 'components', 'Callout', 'index.tsx'))).toBe(
      true,
    );
    expect(
      translatedCode(
        path.join(
          'site',
          'node_modules',
          '@docusaurus',
          'theme-classic',
          'lib',
          'theme',
          'Footer',
          'index.js',
        ),
      ),
    ).toBe(true);
    expect(
      translatedCode(
        path.join(
          'site',
          'node_modules',
          '@easyops-cn',
          'docusaurus-search-local',
          'dist',
          'client',
          'index.js',
        ),
      ),
    ).toBe(true);
    expect(
      translatedCode(
        path.join('site', 'node_modules', 'react-dom', 'cjs', 'react-dom-client.production.js'),
      ),
    ).toBe(false);
  });
});

describe('route table loaders', () => {
  const REGISTRY = `export default {
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "3a1f0c2e": [() => import(/* webpackChunkName: "3a1f0c2e" */ "@site/docs/a.md"), "@site/docs/a.md", require.resolveWeak("@site/docs/a.md")],
  "741b3914": [() => import(/* webpackChunkName: "741b3914" */ "@generated/plugin.json"), "@generated/plugin.json", require.resolveWeak("@generated/plugin.json")],
};
`;

  it('routesChunkNames uses the short keys the browser registry uses, nested ones included', () => {
    const table = {
      '/tr/a-3f2': {__comp: '17896441', content: '3a1f0c2e'},
      '/tr/search-d75': {__comp: '17896441', __context: {plugin: '741b3914'}, other: 'not-a-key'},
    };
    expect(JSON.parse(withShortKeys(JSON.stringify(table), REGISTRY))).toEqual({
      '/tr/a-3f2': {__comp: '0', content: '1'},
      '/tr/search-d75': {__comp: '0', __context: {plugin: '2'}, other: 'not-a-key'},
    });
    // The registry loader gives the same entries the same keys.
    const registry = compactRegistry(REGISTRY);
    expect(registry).toContain(
      '"1": [() => import(/* webpackChunkName: "3a1f0c2e" */ "@site/docs/a.md"), ""',
    );
    expect(registry).toContain('"2": [() => import(/* webpackChunkName: "741b3914" */');
  });

  it('routes.js builds the same route objects, each page path written at most once', () => {
    const routes = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/tr/search',
    component: ComponentCreator('/tr/search', 'd75'),
    exact: true
  },
  {
    path: '/tr/',
    component: ComponentCreator('/tr/', 'd9f'),
    routes: [
      {
        path: '/tr/microsoft-365/lisans-\\'özel\\'',
        component: ComponentCreator('/tr/microsoft-365/lisans-\\'özel\\'', '0a7'),
        exact: true,
        sidebar: "docs"
      }
    ]
  }
];
`;
    const out = compactRoutes(routes);
    expect(out.split("/tr/microsoft-365/lisans-\\'özel\\'").length - 1).toBe(1);
    const evaluate = (source: string): unknown =>
      new Function(
        'ComponentCreator',
        'routesChunkNames',
        source.replace(/^import .*$/gm, '').replace('export default', 'return'),
      )((p: string, h: string) => `${p}#${h}`, {});
    expect(evaluate(out)).toEqual(evaluate(routes));
    expect(compactRoutes('export default [];\n')).toBe('export default [];\n');

    // With routesChunkNames' keys, a page is built from its key: the path isn't in routes.js at all.
    const chunkNames = {
      '/tr/search-d75': {},
      '/tr/-d9f': {},
      "/tr/microsoft-365/lisans-'özel'-0a7": {},
    };
    const ranked = compactRoutes(routes, Object.keys(chunkNames));
    expect(ranked).not.toContain('lisans');
    expect(ranked).toContain('__pageAt(2, "docs")');
    const withTable = (source: string): unknown =>
      new Function(
        'ComponentCreator',
        'routesChunkNames',
        source.replace(/^import .*$/gm, '').replace('export default', 'return'),
      )((p: string, h: string) => `${p}#${h}`, chunkNames);
    expect(withTable(ranked)).toEqual(evaluate(routes));
  });
});

describe('version metadata loader', () => {
  it("exports the same metadata without sidebar items' unlisted: false, titles included", () => {
    const link = (id: string, unlisted: boolean) => ({
      type: 'link',
      href: `/tr/${id}`,
      label: 'Lisansları aktarma',
      docId: id,
      unlisted,
    });
    const version = {
      version: {
        version: 'current',
        banner: null,
        docsSidebars: {
          docs: [
            {
              type: 'category',
              label: 'Ticaret',
              collapsible: true,
              collapsed: false,
              items: [link('a', false), link('b', true)],
            },
          ],
        },
        docs: {
          a: {
            id: 'a',
            title: 'Lisansları aktarma',
            description: 'Kiracılar arasında.',
            sidebar: 'docs',
          },
          // Its title is not the label of a plain link: written as it is.
          b: {id: 'b', title: 'Devretme', description: 'Gizli.', sidebar: 'docs'},
        },
      },
    };
    const code = versionForBrowser(JSON.stringify(version));
    // A JavaScript module that writes each doc's link and entry once, compactly.
    expect(
      code.split("'Lisansları aktarma'").length + code.split('"Lisansları aktarma"').length - 2,
    ).toBe(2);
    const out = new Function(code.replace('export default', 'return'))();
    expect(out.version.docsSidebars.docs[0].items).toEqual([
      {type: 'link', href: '/tr/a', label: 'Lisansları aktarma', docId: 'a'},
      {type: 'link', href: '/tr/b', label: 'Lisansları aktarma', docId: 'b', unlisted: true},
    ]);
    expect(out.version.docs).toEqual({
      a: {
        id: 'a',
        title: 'Lisansları aktarma',
        description: 'Kiracılar arasında.',
        sidebar: 'docs',
      },
      b: {id: 'b', title: 'Devretme', description: 'Gizli.', sidebar: 'docs'},
    });
    expect(out.version.banner).toBeNull();
    expect(versionForBrowser('{"other": 1}')).toBe('{"other": 1}');

    // No page shows doc cards: the descriptions stay out too.
    const lean = new Function(
      versionForBrowser(JSON.stringify(version), {descriptions: false}).replace(
        'export default',
        'return',
      ),
    )();
    expect(lean.version.docs).toEqual({
      a: {id: 'a', title: 'Lisansları aktarma', sidebar: 'docs'},
      b: {id: 'b', title: 'Devretme', sidebar: 'docs'},
    });
  });
});

describe('whether the site shows doc cards (and needs each doc description in the browser)', () => {
  const link = {type: 'link'};
  const content = (items: unknown[], sources: string[] = []): unknown => ({
    default: {
      loadedVersions: [{sidebars: {docs: items}, docs: sources.map((source) => ({source}))}],
    },
  });

  it('is no for sidebars of plain categories and docs without cards, yes with a generated index', () => {
    expect(showsDocCards(content([{type: 'category', items: [link]}]), '.')).toBe(false);
    expect(
      showsDocCards(
        content([
          {
            type: 'category',
            items: [{type: 'category', link: {type: 'generated-index'}, items: [link]}],
          },
        ]),
        '.',
      ),
    ).toBe(true);
    expect(showsDocCards(undefined, '.')).toBe(false);
  });

  it('is yes when a doc uses DocCardList', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-cards-'));
    fs.writeFileSync(path.join(dir, 'plain.md'), '# Lisanslar\n\nMetin.\n');
    fs.writeFileSync(
      path.join(dir, 'cards.mdx'),
      "import DocCardList from '@theme/DocCardList';\n\n<DocCardList />\n",
    );
    try {
      expect(showsDocCards(content([link], ['@site/plain.md']), dir)).toBe(false);
      expect(showsDocCards(content([link], ['@site/plain.md', '@site/cards.mdx']), dir)).toBe(true);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('global data loader', () => {
  const chunkNames = {
    '/tr/search-d75': {},
    '/tr/-d9f': {},
    '/tr/2021-08/ticaret/lisanslar/aktarma-0a7': {},
    '/tr/ticaret/lisanslar/aktarma-1b2': {},
    '/tr/ticaret/lisanslar/özel-3c4': {},
  };
  const globalData = {
    'docusaurus-plugin-content-docs': {
      default: {
        path: '/tr/',
        versions: [
          {
            name: 'current',
            path: '/tr/',
            docs: [
              {
                id: 'ticaret/lisanslar/aktarma',
                path: '/tr/ticaret/lisanslar/aktarma',
                sidebar: 'docs',
              },
              {id: 'ticaret/lisanslar/özel', path: '/tr/ticaret/lisanslar/özel'},
              {id: 'başka', path: '/tr/slug-ile-başka', sidebar: 'docs'},
            ],
            sidebars: {docs: {link: {path: '/tr/ticaret/lisanslar/aktarma', label: 'Aktarma'}}},
          },
          {
            name: '2021-08',
            path: '/tr/2021-08',
            docs: [
              {
                id: 'ticaret/lisanslar/aktarma',
                path: '/tr/2021-08/ticaret/lisanslar/aktarma',
                sidebar: 'docs',
              },
            ],
          },
        ],
        breadcrumbs: true,
      },
    },
    'short-links': {default: {pins: {}}},
  };

  it('exports the same object with each doc path taken from the route table', () => {
    const code = compactGlobalData(JSON.stringify(globalData), Object.keys(chunkNames));
    expect(code).not.toContain('/tr/ticaret/lisanslar/özel"');
    const out = new Function(
      'routesChunkNames',
      code.replace(/^import .*$/m, '').replace('export default', 'return'),
    )(chunkNames);
    // Same keys in the same order, too.
    expect(JSON.stringify(out)).toBe(JSON.stringify(globalData));
  });

  it('passes other files through', () => {
    expect(compactGlobalData('{"short-links": {}}', Object.keys(chunkNames))).toBe(
      '{"short-links": {}}',
    );
    expect(compactGlobalData(JSON.stringify(globalData), [])).toBe(JSON.stringify(globalData));
  });
});
