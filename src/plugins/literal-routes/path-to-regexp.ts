/**
 * path-to-regexp 1.x as react-router sees it in the browser bundle (see
 * ./index.ts): the real module's API, except that a route path with no
 * parameter in it gets a stand-in whose `exec()` turns a pathname away
 * without compiling anything when the pathname cannot match.
 *
 * In:  `pathToRegexp(path, keys, options)` calls from react-router's
 *      `matchPath` (its `compilePath$1`), one per route tried, cached there.
 * Out: for a literal path, an object with `exec(pathname)` and `keys` (the
 *      caller's array, left empty as the real call leaves it); it builds the
 *      real RegExp (same arguments) on the first pathname that passes a
 *      cheap test, and answers from it from then on. Anything else: the
 *      real module's answer, unchanged.
 *
 * Why: Docusaurus' client preload() runs react-router-config's matchRoutes()
 * over the whole route table before hydrating; each route tried costs a
 * parse, a `new RegExp` and V8's compilation of it on the first exec. At
 * 400 articles per locale that is ~800 doc routes, nearly all tried only to
 * fail: 40-50 ms of the start-up task on a throttled phone.
 *
 * The test is only ever a NECESSARY condition, so the stand-in can only say
 * "no" when the real RegExp would; every "maybe" goes to the real RegExp.
 * For a literal path, tokensToRegExp() builds `^` + escapeString(path),
 * where escapeString() escapes every character that means something in a
 * pattern, so each character of the path matches exactly one UTF-16 code
 * unit of the pathname, at the same index (`^`, no `m` flag, no `g`/`y` so
 * the search starts at 0). What follows depends on `strict`/`end`: an
 * optional trailing slash (non-strict drops the path's own trailing `/`,
 * the delimiter, and allows one back), `$`, or a lookahead. So every match
 * begins with the path minus at most one trailing `/` (`base` below): the
 * pathname is at least that long and each of its first characters matches
 * the path's at the same index. Case: `sensitive` false gives the `i` flag
 * without `u`, whose Canonicalize() upper-cases a code unit but never maps
 * a non-ASCII one onto ASCII (so `ı`, `ſ` and the Kelvin sign match no
 * ASCII letter), and ASCII letters fold to ASCII letters; so ASCII against
 * ASCII is equality ignoring letter case, ASCII against non-ASCII never
 * matches, and two non-ASCII code units are left to the real RegExp.
 * A `delimiter` option other than `/` changes which trailing character is
 * dropped, so those calls go to the real module, as do non-string paths.
 *
 * Fenced: ./index.ts stops the build unless react-router and path-to-regexp
 * are the versions this reasons about and react-router still reads the
 * result only through `exec(pathname)` and `keys`.
 */
import realPathToRegexp from 'path-to-regexp';

type PathToRegexp = typeof realPathToRegexp;
type Key = realPathToRegexp.Key;
type Options = realPathToRegexp.RegExpOptions & realPathToRegexp.ParseOptions;

/** What the stand-in shares with the RegExp it stands for, as react-router reads it. */
export interface LiteralPath {
  keys: Key[];
  exec(pathname: string): RegExpExecArray | null;
  test(pathname: string): boolean;
}

/**
 * Characters that can start a path-to-regexp 1.x token (`\` escapes, `:name`,
 * `(group)`, `*`): a path without any is literal. A `:` or `(` that starts
 * no token (`/a:`, `/a(`) sends the path to the real function all the same.
 */
const TOKEN_START = /[\\:(*]/;

/**
 * Whether `pathname` can begin with `base` under the RegExp's case rules
 * (`fold`: the `i` flag without `u`). Non-ASCII pairs are not decided here.
 */
export function mayStartWith(pathname: string, base: string, fold: boolean): boolean {
  if (pathname.length < base.length) return false;
  for (let i = 0; i < base.length; i++) {
    const a = base.charCodeAt(i);
    const b = pathname.charCodeAt(i);
    if (a === b) continue;
    if (!fold) return false;
    if (a < 128 || b < 128) {
      // ASCII against non-ASCII never matches; two ASCII code units match
      // only as the two cases of one letter.
      if (a >= 128 || b >= 128) return false;
      const lower = a | 32;
      if (lower !== (b | 32) || lower < 97 || lower > 122) return false;
    }
  }
  return true;
}

/** pathToRegexp with literal paths answered by stand-ins; `real` does all the rest. */
export function literalPaths(real: PathToRegexp): PathToRegexp {
  function pathToRegexp(
    path: realPathToRegexp.Path,
    keysOrOptions?: Key[] | Options,
    maybeOptions?: Options,
  ): realPathToRegexp.PathRegExp {
    // Argument shuffling as the real function does it.
    let keys: Key[];
    let options: Options;
    if (Array.isArray(keysOrOptions)) {
      keys = keysOrOptions;
      options = maybeOptions ?? {};
    } else {
      keys = [];
      options = keysOrOptions || maybeOptions || {};
    }
    if (typeof path !== 'string' || TOKEN_START.test(path) || (options.delimiter || '/') !== '/')
      return real(path, keys, options);

    const base = path.endsWith('/') ? path.slice(0, -1) : path;
    const fold = !options.sensitive;
    let compiled: realPathToRegexp.PathRegExp | undefined;
    const exec = (pathname: string): RegExpExecArray | null => {
      // Anything but a string is left to the real RegExp's own conversion.
      if (typeof pathname === 'string' && !mayStartWith(pathname, base, fold)) return null;
      compiled ??= real(path, keys, options);
      return compiled.exec(pathname);
    };
    const standIn: LiteralPath = {keys, exec, test: (pathname) => exec(pathname) !== null};
    // Callers read only exec() and keys (fenced in ./index.ts).
    return standIn as unknown as realPathToRegexp.PathRegExp;
  }
  return Object.assign(pathToRegexp, {
    parse: real.parse,
    compile: real.compile,
    tokensToFunction: real.tokensToFunction,
    tokensToRegExp: real.tokensToRegExp,
  }) as PathToRegexp;
}

const pathToRegexp = literalPaths(realPathToRegexp);
export default pathToRegexp;
export const {parse, compile, tokensToFunction, tokensToRegExp} = realPathToRegexp;
