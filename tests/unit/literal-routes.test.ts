/**
 * React-router's path-to-regexp in the browser bundle
 * (src/plugins/literal-routes): for a route path without parameters, a
 * stand-in that answers every pathname exactly as the real RegExp does,
 * yet compiles nothing for a pathname that cannot match; every other path
 * gets the real module's answer; the plugin stops when the installed
 * react-router or path-to-regexp is not what the stand-in was written for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import realPathToRegexp from 'path-to-regexp';
import {afterAll, describe, expect, it, vi} from 'vitest';
import wrapper, {literalPaths} from '../../src/plugins/literal-routes/path-to-regexp';
import type {LoadContext} from '@docusaurus/types';
import literalRoutes, {
  checkFence,
  installed,
  type Installed,
} from '../../src/plugins/literal-routes';

const siteDir = path.resolve(import.meta.dirname, '..', '..');
const wrapperFile = path.join(siteDir, 'src', 'plugins', 'literal-routes', 'path-to-regexp.ts');

type Key = realPathToRegexp.Key;
type Options = {end: boolean; strict: boolean; sensitive: boolean};

/** The 8 option sets react-router's matchPath can pass (`exact` is `end`). */
const OPTIONS: Options[] = [false, true].flatMap((end) =>
  [false, true].flatMap((strict) => [false, true].map((sensitive) => ({end, strict, sensitive}))),
);

/** Route paths without parameters: plain, trailing slashes, pattern characters, non-ASCII, encoded. */
const PATHS = [
  '',
  '/',
  '//',
  '/a/b',
  '/a/b/',
  '/tr',
  '/tr/',
  '/A/B',
  '/a.b',
  '/a+b',
  '/a$b',
  '/a?b',
  '/a^b|c[d]{e}=f!g',
  '/a)b',
  '/a b',
  '/ö',
  '/Ö/x',
  '/İstanbul',
  '/ılık',
  '/iptal',
  '/kelvin',
  '/KELVIN',
  '/sss',
  '/ß',
  '/µ',
  '/ÿ',
  '/ǅ',
  '/😀',
  '/a%20b',
  '/%C3%B6',
  '/%c3%b6/',
  '/docs/Some-Article',
  '/microsoft-365/commerce/licenses/transfer-licenses-between-tenants',
  '/tr/microsoft-365/commerce/licenses/transfer-licenses-between-tenants/',
];

/**
 * Letters swapped for their other case or a look-alike: Turkish dotted and
 * dotless i, the Kelvin sign, long s, and letters whose upper case is not
 * one code unit or not in Latin-1.
 */
const SWAPS: [string, string][] = [
  ['i', 'İ'],
  ['i', 'ı'],
  ['I', 'ı'],
  ['İ', 'i'],
  ['ı', 'I'],
  ['k', '\u212A'],
  ['K', '\u212A'],
  ['s', '\u017F'],
  ['ß', 'SS'],
  ['µ', 'Μ'],
  ['ÿ', 'Ÿ'],
  ['ǅ', 'ǆ'],
  ['ǅ', 'Ǆ'],
];

/** Pathnames near a path: case and script variants, slashes, prefixes, extensions, encodings. */
function variants(p: string): string[] {
  const out = [
    p,
    `${p}/`,
    `${p}//`,
    p.replace(/\/$/, ''),
    `/${p}`,
    p.replace('/', '//'),
    `${p}x`,
    `${p}/x`,
    `${p}X`,
    p.slice(0, -1),
    p.slice(1),
    p.toUpperCase(),
    p.toLowerCase(),
    p.toLocaleUpperCase('tr'),
    p.toLocaleLowerCase('tr'),
    ...SWAPS.map(([from, to]) => p.replaceAll(from, to)),
    encodeURI(p),
    encodeURI(p).toLowerCase(),
  ];
  try {
    out.push(decodeURI(p));
  } catch {
    // Not a valid encoding: the path itself is enough.
  }
  return out;
}

const PATHNAMES = [...new Set([...PATHS.flatMap(variants), '', '/', '/x', '/tr/x'])];

/** An exec() result as plain data: what react-router reads of it and more. */
function result(match: RegExpExecArray | null): unknown {
  return match && {matched: [...match], index: match.index, input: match.input};
}

describe('a literal route path answered without compiling', () => {
  it('matches every pathname exactly as the real RegExp, for all 8 option sets', () => {
    let compared = 0;
    let matched = 0;
    for (const routePath of PATHS)
      for (const options of OPTIONS) {
        const keysA: Key[] = [];
        const keysB: Key[] = [];
        const standIn = wrapper(routePath, keysA, options);
        const real = realPathToRegexp(routePath, keysB, options);
        for (const pathname of PATHNAMES) {
          const label = `${JSON.stringify(routePath)} ${JSON.stringify(options)} ${JSON.stringify(pathname)}`;
          const expected = result(real.exec(pathname));
          expect(result(standIn.exec(pathname)), label).toEqual(expected);
          compared++;
          if (expected) matched++;
        }
        expect(keysA).toEqual(keysB);
        expect(keysA).toEqual([]);
        expect(standIn.keys).toBe(keysA);
      }
    expect(compared).toBeGreaterThan(50_000);
    expect(matched).toBeGreaterThan(1_000);
  });

  it("takes the options in place of keys, as the real function does, leaving the caller's array alone", () => {
    const standIn = wrapper('/a/b', {end: false, sensitive: true});
    expect(result(standIn.exec('/a/b/c'))).toEqual(result(/^\/a\/b/.exec('/a/b/c')));
    expect(standIn.exec('/A/b/c')).toBeNull();
    expect(standIn.keys).toEqual([]);
  });

  it('compiles nothing for a pathname that cannot match, and once for those that can', () => {
    const real = vi.fn(realPathToRegexp);
    const pathToRegexp = literalPaths(real as unknown as typeof realPathToRegexp);
    // A docs route table: 800 articles, tried in turn as matchRoutes() does.
    const routes = Array.from({length: 800}, (_, i) =>
      pathToRegexp(`/m365/kb/licenses-${i}`, [], {end: true}),
    );
    const tryAll = (pathname: string): number =>
      routes.findIndex((route) => route.exec(pathname) !== null);

    expect(tryAll('/m365/kb/licenses-799')).toBe(799);
    // Only the routes whose path the pathname starts with: licenses-7, -79, -799.
    expect(real).toHaveBeenCalledTimes(3);
    expect(tryAll('/m365/kb/licenses-799')).toBe(799);
    expect(tryAll('/M365/KB/Licenses-799/')).toBe(799);
    expect(real).toHaveBeenCalledTimes(3);
    expect(tryAll('/tr/m365/kb/licenses-1')).toBe(-1);
    expect(tryAll('/m365/other')).toBe(-1);
    // Letters that fold to no ASCII letter: the Kelvin sign, dotless ı, long s.
    expect(tryAll('/m365/\u212Ab/licenses-1')).toBe(-1);
    expect(tryAll('/m365/kb/lıcenses-1')).toBe(-1);
    expect(tryAll('/m365/kb/licenſes-1')).toBe(-1);
    expect(real).toHaveBeenCalledTimes(3);
  });

  it('sends paths with parameters, other delimiters and non-strings to the real function as they are', () => {
    const real = vi.fn(realPathToRegexp);
    const pathToRegexp = literalPaths(real as unknown as typeof realPathToRegexp);
    const calls: [realPathToRegexp.Path, realPathToRegexp.RegExpOptions][] = [
      ['/:id', {end: true}],
      ['/a/*', {end: false}],
      ['/a(\\d+)', {sensitive: true}],
      ['/a(b|c)', {}],
      ['/a\\:b', {}],
      ['/a:', {}],
      ['/a.b', {delimiter: '.'}],
      [/^\/x/, {}],
      [['/a', '/b'], {}],
    ];
    for (const [routePath, options] of calls) {
      const keys: Key[] = [];
      const out = pathToRegexp(routePath, keys, options);
      expect(real).toHaveBeenLastCalledWith(routePath, keys, options);
      expect(out).toBe(real.mock.results.at(-1)?.value);
      expect(out).toBeInstanceOf(RegExp);
      const keysReal: Key[] = [];
      realPathToRegexp(routePath, keysReal, options);
      expect(keys).toEqual(keysReal);
    }
    expect(real).toHaveBeenCalledTimes(calls.length);
  });

  it("keeps the real module's other functions: react-router's generatePath uses compile()", () => {
    expect(wrapper.compile('/docs/:id')({id: 'a b'})).toBe('/docs/a%20b');
    expect(wrapper.parse).toBe(realPathToRegexp.parse);
    expect(wrapper.compile).toBe(realPathToRegexp.compile);
    expect(wrapper.tokensToFunction).toBe(realPathToRegexp.tokensToFunction);
    expect(wrapper.tokensToRegExp).toBe(realPathToRegexp.tokensToRegExp);
  });
});

describe('the contract with the installed react-router and path-to-regexp', () => {
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

  /** Copies of the installed packages' files the fence reads, edited by `edit`. */
  function copies(edit: {router?: (s: string) => string; version?: [string, string]}): Installed {
    const found = installed(siteDir);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'literal-routes-'));
    scratch.push(dir);
    const routerDir = path.join(dir, 'react-router');
    const pathToRegexpDir = path.join(dir, 'path-to-regexp');
    fs.mkdirSync(path.join(routerDir, 'esm'), {recursive: true});
    fs.mkdirSync(pathToRegexpDir);
    const copy = (from: string, to: string, change = (s: string): string => s): void =>
      fs.writeFileSync(to, change(fs.readFileSync(from, 'utf8')));
    const version = (name: string) => (s: string) => {
      const pkg = JSON.parse(s) as {version: string};
      if (edit.version?.[0] === name) pkg.version = edit.version[1];
      return JSON.stringify(pkg);
    };
    for (const [from, to, name] of [
      [found.routerDir, routerDir, 'react-router'],
      [found.pathToRegexpDir, pathToRegexpDir, 'path-to-regexp'],
    ] as const)
      copy(path.join(from, 'package.json'), path.join(to, 'package.json'), version(name));
    const esm = path.join('esm', 'react-router.js');
    copy(path.join(found.routerDir, esm), path.join(routerDir, esm), edit.router);
    return {...found, routerDir, pathToRegexpDir};
  }

  it('accepts the installed packages', () => {
    expect(() => checkFence(installed(siteDir))).not.toThrow();
    expect(() => checkFence(copies({}))).not.toThrow();
  });

  it('stops the build on another react-router or path-to-regexp version', () => {
    expect(() => checkFence(copies({version: ['react-router', '5.3.5']}))).toThrow(
      /react-router 5\.3\.5 is installed; it was written for 5\.3\.4.*Re-check src\/plugins\/literal-routes\/path-to-regexp\.ts/,
    );
    expect(() => checkFence(copies({version: ['path-to-regexp', '1.9.1']}))).toThrow(
      /path-to-regexp 1\.9\.1 is installed; it was written for 1\.9\.0/,
    );
  });

  it('stops the build when matchPath no longer runs the RegExp with exec(pathname)', () => {
    const found = copies({
      router: (s) =>
        s.replace('var match = regexp.exec(pathname);', 'var match = pathname.match(regexp);'),
    });
    expect(() => checkFence(found)).toThrow(
      /no longer has var match = regexp\.exec\(pathname\);.*Re-check/,
    );
  });

  it('stops the build when react-router reads more of the RegExp, or calls path-to-regexp elsewhere', () => {
    const reads = copies({
      router: (s) =>
        s.replace('if (!match) return null;', 'if (!regexp.test(pathname)) return null;'),
    });
    expect(() => checkFence(reads)).toThrow(/reads the RegExp's exec, test, not only exec/);
    const calls = copies({
      router: (s) => s.replace('function matchPath(', 'pathToRegexp("/");\nfunction matchPath('),
    });
    expect(() => checkFence(calls)).toThrow(/names pathToRegexp 4 times, not 3/);
  });

  it("stops the build when the wrapper's import is not react-router's path-to-regexp", () => {
    const found = {...installed(siteDir), wrapperImports: '/elsewhere/path-to-regexp/index.js'};
    expect(() => checkFence(found)).toThrow(/the wrapper imports \/elsewhere/);
  });
});

describe('the replacement in the browser bundle', () => {
  type Resource = {context?: string; request: string};
  type Hook = (compilation: {fileDependencies: Iterable<string>; errors: Error[]}) => void;

  /** The plugin's bundler configuration, with stand-ins for Rspack's classes. */
  function configure(isServer: boolean): {
    replacements: {test: RegExp; replace: (r: Resource) => void}[];
    hooks: Hook[];
  } {
    const replacements: {test: RegExp; replace: (r: Resource) => void}[] = [];
    class NormalModuleReplacementPlugin {
      constructor(test: RegExp, replace: (r: Resource) => void) {
        replacements.push({test, replace});
      }
    }
    const plugin = literalRoutes({siteDir} as LoadContext);
    const utils = {currentBundler: {instance: {NormalModuleReplacementPlugin}}} as never;
    const config = plugin.configureWebpack?.({} as never, isServer, utils, undefined) as
      {plugins?: unknown[]} | undefined;
    const hooks: Hook[] = [];
    for (const p of config?.plugins ?? [])
      if (!(p instanceof NormalModuleReplacementPlugin))
        (p as {apply(c: unknown): void}).apply({
          hooks: {afterCompile: {tap: (_name: string, fn: Hook) => hooks.push(fn)}},
          webpack: {WebpackError: Error},
        });
    return {replacements, hooks};
  }

  it("replaces react-router's import of path-to-regexp only, in the browser bundle only", () => {
    expect(configure(true).replacements).toEqual([]);
    const [replacement, ...others] = configure(false).replacements;
    expect(others).toEqual([]);
    const {routerDir} = installed(siteDir);
    const request = (context: string): string => {
      const resource = {context, request: 'path-to-regexp'};
      if (replacement?.test.test(resource.request)) replacement.replace(resource);
      return resource.request;
    };
    expect(request(path.join(routerDir, 'esm'))).toMatch(/literal-routes[\\/]path-to-regexp\.ts$/);
    // The wrapper's own import, and any other package's, stay the real module.
    expect(request(path.join(siteDir, 'src', 'plugins', 'literal-routes'))).toBe('path-to-regexp');
    expect(request(`${routerDir}-dom`)).toBe('path-to-regexp');
  });

  it('fails the browser build when the wrapper is not in it', () => {
    const {hooks} = configure(false);
    expect(hooks).toHaveLength(1);
    const replaced = {fileDependencies: [wrapperFile], errors: [] as Error[]};
    hooks[0]?.(replaced);
    expect(replaced.errors).toEqual([]);
    const missed = {fileDependencies: ['react-router.js'], errors: [] as Error[]};
    hooks[0]?.(missed);
    expect(missed.errors.map(String)).toEqual([
      expect.stringMatching(/path-to-regexp\.ts is not in the browser bundle/),
    ]);
  });
});
