/**
 * Docusaurus plugin: holds this locale's build before bundling until
 * scripts/build.mjs says the previous locale has exited.
 *
 * In:  a `docusaurus build` started by scripts/build.mjs with an IPC channel
 *      and SITE_BUNDLING_GATE=true (the default schedule); without them (a
 *      plain `docusaurus build`, `docusaurus start`) the plugin adds nothing.
 * Out: `{type: 'loaded'}` to the parent once the site has loaded
 *      (`allContentLoaded`), then waits for `{type: 'bundle'}`; the build
 *      fails if the channel closes first. `{type: 'postBuild'}` when
 *      postBuild starts. (./gate.mjs)
 *
 * Why: the next locale's process start and loading (about 7 s at 400
 * articles per locale) overlap the previous one's postBuild, while bundling,
 * rendering and postBuild, where the memory is, never overlap: the tree
 * holds one locale plus a loaded one (README, Build memory).
 *
 * Public APIs only: the `allContentLoaded` and `postBuild` lifecycle hooks.
 * In Docusaurus 3.10 what runs after `allContentLoaded` and before the
 * compiler starts is the site's generated files (its own folder per locale),
 * the bundler configurations (`configureWebpack`) and clearing the locale's
 * output folder. Fenced: if a bundler configuration is asked for before the
 * gate has opened (a Docusaurus that configures the bundler earlier), the
 * build fails, saying so, instead of bundling beside the previous locale.
 */
import type {Plugin} from '@docusaurus/types';
import {gateAsked, holdBeforeBundling, reachedPostBuild} from './gate.mjs';

const NAME = 'bundling-gate';

export default function bundlingGate(): Plugin {
  let opened = false;
  return {
    name: NAME,
    async allContentLoaded() {
      await holdBeforeBundling();
      opened = true;
    },
    configureWebpack() {
      if (gateAsked() && !opened)
        throw new Error(
          `${NAME}: the bundler is being configured before allContentLoaded() let it (written for Docusaurus 3.10): bundling would not wait for the previous locale`,
        );
      return {};
    },
    postBuild() {
      reachedPostBuild();
    },
  };
}
