/**
 * Docusaurus plugin: each route's component is made when the route is
 * first preloaded or rendered, not when the page's code starts.
 *
 * In:  the route table Docusaurus generates (`.docusaurus/routes.js`), which
 *      calls `ComponentCreator(path, hash)` for every page of the locale.
 * Out: the same table, whose calls go to ./component-creator.tsx: a small
 *      component per route that calls Docusaurus' own ComponentCreator the
 *      first time the route is preloaded or rendered (browser bundle only;
 *      the static build renders as before).
 *
 * Why: ComponentCreator builds a loadable component and its loader map from
 * the route's chunk names. For every route at once, before hydration: at 400
 * articles per locale about 800 routes, the second-largest part of
 * `main.js`'s start-up on a phone after React itself. A page needs one.
 *
 * Fenced: Docusaurus' client reaches a route's component only by rendering
 * it and through `route.component.preload()` (client/preload.js). The plugin
 * checks at start that the installed @docusaurus/core is a version this was
 * written for and that preload.js still reads the component that way, and
 * stops the build naming what to re-check otherwise.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
// The same version lookup as page-weight's fence.
import {clientProblems} from '../page-weight/fence.cjs';
import {coreClientDir} from '../page-weight';

const WRITTEN_FOR = ['3.10.2'];
const PRELOAD_READS = 'match.route.component.preload?.()';
const REQUEST = '@docusaurus/ComponentCreator';

/** Throws unless Docusaurus' client still uses route components as this plugin expects. */
export function checkFence(siteDir: string, clientDir = coreClientDir()): void {
  const problems = clientProblems(
    siteDir,
    WRITTEN_FOR,
    [{file: 'preload.js', text: PRELOAD_READS}],
    clientDir,
  );
  if (problems.length > 0)
    throw new Error(
      `[lazy-routes] ${problems.join('; ')}. Re-check src/plugins/lazy-routes/component-creator.tsx against the installed client (how routes.js, preload.js and the router use a route's component), then update WRITTEN_FOR in src/plugins/lazy-routes/index.ts.`,
    );
}

export default function lazyRoutes(context: LoadContext): Plugin {
  checkFence(context.siteDir);
  const generatedDir = context.generatedFilesDir;
  return {
    name: 'lazy-routes',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          // Only the generated route table's import: ./component-creator.tsx
          // itself imports the original.
          new NormalModuleReplacementPlugin(
            /^@docusaurus\/ComponentCreator$/,
            (resource: {context?: string; request: string}) => {
              if (resource.context === generatedDir && resource.request === REQUEST)
                resource.request = path.join(__dirname, 'component-creator.tsx');
            },
          ),
        ],
      };
    },
  };
}
