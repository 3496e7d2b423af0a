/**
 * Docusaurus plugin: the browser bundle's entry script asks V8 to compile
 * all its functions while it downloads, not each one on its first call.
 *
 * In:  the client compilation (configureWebpack); the built entry script
 *      `assets/js/main.<hash>.js` (postBuild).
 * Out: the entry script starts with V8's explicit compile hint
 *      `//# allFunctionsCalledOnLoad` (a comment: other engines ignore it),
 *      added after the minifier and before the source maps are written, so
 *      the maps still line up. postBuild fails the build when the built entry
 *      script lacks the hint or can't be found.
 *
 * Why: a page's start-up task on a phone spent a large share of its time
 * compiling main.js's functions lazily, one by one on the main thread, as
 * they were first called (React, the router, Docusaurus' client). Chromium
 * (136 and later) compiles a file with the hint eagerly, on a background
 * thread as the file streams in, or at once when the script runs. At 400
 * articles per locale under 4x CPU slowdown, alternating, the article's
 * start-up task went from 353-592 ms to 169-492 ms (four of five pairs under
 * 265 ms) and its main-thread script time from 1,030-1,768 ms to 725-1,566 ms
 * (README, Main-thread work on a phone). It needs the entry script to start
 * after the first paint (src/plugins/critical-css): as a `defer` tag, the
 * eager compile lengthened the start-up instead. Only the entry: nearly all
 * of it runs while the page starts; the route chunks are small, mostly data.
 *
 * Public APIs only: the bundler's own BannerPlugin (webpack 5 and Rspack),
 * at a processing stage between the minifier's and the source maps'.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entry chunk's file as Docusaurus names it in production. */
const ENTRY_FILE = /^main\.[0-9a-f]+\.js$/;

/**
 * Throws unless the entry script in `jsDir` (the build's `assets/js`) starts
 * with the hint, naming what to re-check.
 */
export function checkCompileHint(jsDir: string): void {
  const entries = fs.existsSync(jsDir)
    ? fs.readdirSync(jsDir).filter((f) => ENTRY_FILE.test(f))
    : [];
  if (entries.length !== 1)
    throw new Error(
      `[compile-hints] expected one entry script main.<hash>.js in ${jsDir}, found ${entries.length} (Docusaurus' chunk names changed? re-check src/plugins/compile-hints)`,
    );
  const file = path.join(jsDir, entries[0]!);
  const start = fs.readFileSync(file, 'utf8').slice(0, COMPILE_HINT.length + 1);
  if (start !== `${COMPILE_HINT}\n`)
    throw new Error(
      `[compile-hints] ${file} does not start with "${COMPILE_HINT}" (a later step removed or moved it? re-check the stage in src/plugins/compile-hints)`,
    );
}

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {BannerPlugin, Compilation} = currentBundler.instance;
      return {
        plugins: [
          new BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            entryOnly: true,
            include: /(^|\/)main\.[^/]*\.js$/,
            // After the minifier (which drops comments), before the source maps.
            stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
          }),
        ],
      };
    },
    postBuild({outDir}) {
      checkCompileHint(path.join(outDir, 'assets', 'js'));
    },
  };
}
