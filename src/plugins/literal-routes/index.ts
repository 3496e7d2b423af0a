/**
 * Docusaurus plugin: react-router compiles a route's path to a RegExp only
 * when a pathname could match it, not for every route it tries.
 *
 * In:  react-router's import of path-to-regexp (its `matchPath` compiles,
 *      caches and runs one RegExp per route path it tries).
 * Out: in the browser bundle only, that import goes to ./path-to-regexp.ts:
 *      the real module, except that a path without parameters gets a
 *      stand-in that turns away, without compiling, a pathname that cannot
 *      match (its header says why the test never turns away a match). The
 *      static build renders with the real module.
 *
 * Why: before hydrating, Docusaurus' client preload() runs matchRoutes()
 * over the locale's route table, which calls matchPath() route after route
 * until one matches. At 400 articles per locale that is ~800 doc routes
 * (two versions), nearly all compiled only to fail: path-to-regexp's parse,
 * a `new RegExp`, V8's compilation of it, 40-50 ms of the start-up task on
 * a throttled phone. A page's pathname passes the test of a handful.
 *
 * Fenced: the plugin stops at start unless the installed react-router and
 * the path-to-regexp it resolves are the versions this was written for,
 * the wrapper's own import of path-to-regexp resolves to that same file,
 * and react-router's module still reads the compiled result only through
 * `regexp.exec(pathname)` and `keys`; the client build fails when the
 * wrapper is not in the bundle (the replacement matched nothing).
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import type {LoadContext, Plugin} from '@docusaurus/types';

const NAME = 'literal-routes';
const WRITTEN_FOR = {'react-router': ['5.3.4'], 'path-to-regexp': ['1.9.0']};
const WRAPPER = path.join(__dirname, 'path-to-regexp.ts');
/** react-router's browser build, as the bundler picks it (its `module` field). */
const ROUTER_MODULE = path.join('esm', 'react-router.js');

/**
 * What react-router's module must still say: it imports the default export,
 * makes the RegExp in one place and runs it with exec() in matchPath.
 */
const ROUTER_READS = [
  "import pathToRegexp from 'path-to-regexp';",
  'var regexp = pathToRegexp(path, keys, options);',
  'regexp = _compilePath.regexp,',
  'keys = _compilePath.keys;',
  'var match = regexp.exec(pathname);',
];
/** Every use of path-to-regexp in it: the import, the compile() for generatePath, the call. */
const ROUTER_USES = 3;

/** Where react-router and the path-to-regexp it imports are installed. */
export interface Installed {
  /** react-router's package folder. */
  routerDir: string;
  /** The path-to-regexp package folder react-router resolves, and the file it imports. */
  pathToRegexpDir: string;
  pathToRegexpFile: string;
  /** The file the wrapper's own `import 'path-to-regexp'` resolves to. */
  wrapperImports: string;
}

const requireFrom = (dir: string): NodeJS.Require => createRequire(path.join(dir, 'package.json'));

/** The installed react-router and path-to-regexp, as the site resolves them. */
export function installed(siteDir: string): Installed {
  const routerDir = path.dirname(requireFrom(siteDir).resolve('react-router/package.json'));
  const fromRouter = requireFrom(routerDir);
  return {
    routerDir,
    pathToRegexpDir: path.dirname(fromRouter.resolve('path-to-regexp/package.json')),
    pathToRegexpFile: fromRouter.resolve('path-to-regexp'),
    wrapperImports: require.resolve('path-to-regexp', {paths: [__dirname]}),
  };
}

/** The version in a package folder's package.json. */
function versionIn(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string})
    .version;
}

/** What is wrong with the installed packages for ./path-to-regexp.ts. */
export function fenceProblems(found: Installed): string[] {
  const problems: string[] = [];
  const versions: [keyof typeof WRITTEN_FOR, string][] = [
    ['react-router', found.routerDir],
    ['path-to-regexp', found.pathToRegexpDir],
  ];
  for (const [name, dir] of versions) {
    const version = versionIn(dir);
    if (!WRITTEN_FOR[name].includes(version))
      problems.push(
        `${name} ${version} is installed; it was written for ${WRITTEN_FOR[name].join(', ')}`,
      );
  }
  if (found.wrapperImports !== found.pathToRegexpFile)
    problems.push(
      `the wrapper imports ${found.wrapperImports}, not react-router's path-to-regexp (${found.pathToRegexpFile})`,
    );
  const file = path.join(found.routerDir, ROUTER_MODULE);
  const source = fs.readFileSync(file, 'utf8');
  for (const text of ROUTER_READS)
    if (!source.includes(text)) problems.push(`${file} no longer has ${text}`);
  const uses = source.match(/\bpathToRegexp\b/g)?.length ?? 0;
  if (uses !== ROUTER_USES)
    problems.push(`${file} names pathToRegexp ${uses} times, not ${ROUTER_USES}`);
  const reads = [...new Set([...source.matchAll(/\bregexp\.(\w+)/g)].map((m) => m[1]))];
  if (reads.join() !== 'exec')
    problems.push(`${file} reads the RegExp's ${reads.join(', ') || 'nothing'}, not only exec`);
  return problems;
}

/** Throws unless react-router still uses path-to-regexp as ./path-to-regexp.ts expects. */
export function checkFence(found: Installed): void {
  const problems = fenceProblems(found);
  if (problems.length > 0)
    throw new Error(
      `[${NAME}] ${problems.join('; ')}. Re-check src/plugins/literal-routes/path-to-regexp.ts against the installed path-to-regexp (tokensToRegExp, escapeString, flags) and react-router's matchPath (what it reads of the RegExp), then update WRITTEN_FOR in src/plugins/literal-routes/index.ts.`,
    );
}

/** What the bundler gives the plugin: the part of webpack's and Rspack's compiler API used here. */
interface CompilerLike {
  hooks: {
    afterCompile: {
      tap(name: string, fn: (compilation: CompilationLike) => void): void;
    };
  };
  webpack: {WebpackError: new (message: string) => Error};
}
interface CompilationLike {
  fileDependencies: Iterable<string>;
  errors: Error[];
}

export default function literalRoutes(context: LoadContext): Plugin {
  const found = installed(context.siteDir);
  checkFence(found);
  const routerDir = found.routerDir + path.sep;
  return {
    name: NAME,
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          // Only react-router's own import: the wrapper imports the real one.
          new NormalModuleReplacementPlugin(
            /^path-to-regexp$/,
            (resource: {context?: string; request: string}) => {
              if (resource.context?.startsWith(routerDir)) resource.request = WRAPPER;
            },
          ),
          {
            apply(compiler: CompilerLike) {
              // Checked on the files the build read, which a cached build
              // knows too (it resolves nothing again: a count of replacements
              // would be 0). Nothing but the replacement imports the wrapper.
              compiler.hooks.afterCompile.tap(NAME, (compilation) => {
                if ([...compilation.fileDependencies].includes(WRAPPER)) return;
                compilation.errors.push(
                  new compiler.webpack.WebpackError(
                    `[${NAME}] src/plugins/literal-routes/path-to-regexp.ts is not in the browser bundle: react-router's import of path-to-regexp was not replaced. Check the request and folder the replacement in src/plugins/literal-routes/index.ts matches against how the installed react-router imports it.`,
                  ),
                );
              });
            },
          },
        ],
      };
    },
  };
}
