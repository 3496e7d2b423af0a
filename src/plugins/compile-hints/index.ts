/**
 * Docusaurus plugin: the browser compiles the code every page starts with
 * while it downloads, off the main thread, instead of function by function
 * on the main thread as the code first runs.
 *
 * In:  the browser bundle's entry scripts (`main.js`, `runtime~main.js`) as
 *      the minifier writes them.
 * Out: the same scripts, each starting with V8's compile hint
 *      `//# allFunctionsCalledOnLoad` (a comment: other engines ignore it).
 *
 * Why: an article's start-up on a phone is one long task evaluating
 * `main.js` (React DOM, Docusaurus' client, the route table). V8 compiles a
 * function the first time it runs, on the main thread, and every module of
 * the entry runs at start: in a trace of the article at 400 articles per
 * locale under 4x CPU throttling, compiling them was about a fifth of the
 * page's script time (self time of the bundler's `require`, which calls
 * each module's factory). With the hint, Chromium 136+ compiles every
 * function of the file while streaming it, on a background thread.
 * Route chunks keep V8's lazy compiling: they hold code a page may never run.
 *
 * Public APIs only: `configureWebpack` adds the bundler's own BannerPlugin
 * at the stage after minification (the minifier drops comments); a compiler
 * plugin checks that each entry script starts with the hint and fails the
 * build if one doesn't (a bundler whose stages moved).
 */
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface Asset {
  source(): string | Buffer;
}
interface Compilation {
  chunks: Iterable<{canBeInitial(): boolean; files: Iterable<string>}>;
  getAsset(name: string): {source: Asset} | undefined;
  errors: Error[];
  hooks: {processAssets: {tap(o: {name: string; stage: number}, fn: () => void): void}};
}
interface Compiler {
  hooks: {thisCompilation: {tap(name: string, fn: (c: Compilation) => void): void}};
}

const NAME = 'compile-hints';

/** Only scripts: in a stylesheet the line would void the first rule. */
const SCRIPT = /\.js$/;

/** The files of a compilation's entry chunks (what a page loads with its first HTML). */
export function entryFiles(compilation: Compilation): string[] {
  return [...compilation.chunks]
    .filter((chunk) => chunk.canBeInitial())
    .flatMap((chunk) => [...chunk.files]);
}

/**
 * What is wrong with the entry files' hints: a script without it, another
 * file with it, or no script at all (empty when all is well).
 */
export function hintProblems(files: string[], text: (file: string) => string): string[] {
  const scripts = files.filter((file) => SCRIPT.test(file));
  if (scripts.length === 0) return ['no entry script found'];
  return files.flatMap((file) => {
    const hinted = text(file).startsWith(COMPILE_HINT);
    if (SCRIPT.test(file) && !hinted) return [`no compile hint at the start of ${file}`];
    if (!SCRIPT.test(file) && hinted) return [`a compile hint at the start of ${file}`];
    return [];
  });
}

/** Checks, once assets are final, that every entry script, and only scripts, starts with the hint. */
function checkHinted(stage: number): {apply(compiler: Compiler): void} {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
        compilation.hooks.processAssets.tap({name: NAME, stage}, () => {
          const problems = hintProblems(entryFiles(compilation), (file) =>
            String(compilation.getAsset(file)?.source.source() ?? ''),
          );
          if (problems.length > 0)
            compilation.errors.push(
              new Error(
                `[${NAME}] ${problems.join('; ')}: re-check src/plugins/compile-hints against the bundler's BannerPlugin and processAssets stages`,
              ),
            );
        });
      });
    },
  };
}

export default function compileHints(): Plugin {
  return {
    name: NAME,
    configureWebpack(config, isServer, {currentBundler}) {
      if (isServer || config.mode !== 'production') return {};
      const {BannerPlugin, Compilation} = currentBundler.instance;
      return {
        plugins: [
          new BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            entryOnly: true,
            test: SCRIPT,
            // After the minifier (which drops comments), before source maps are written.
            stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
          }),
          checkHinted(Compilation.PROCESS_ASSETS_STAGE_REPORT),
        ],
      };
    },
  };
}
