/**
 * Docusaurus plugin: tells the process that started the build when this
 * locale's bundling is over.
 *
 * In:  a `docusaurus build` started by scripts/build.mjs with an IPC
 *      channel (`process.send`); without one (a plain `docusaurus build`,
 *      `docusaurus start`) the plugin adds nothing.
 * Out: one message `{type: 'bundled'}` to the parent once every compiler of
 *      the build (client and server, run as one multi-compiler) has finished
 *      and shut down (its persistent cache written).
 *
 * Why: `npm run build -- --staggered` starts the next locale at this
 * message, so one locale's bundling overlaps the other's rendering, not its
 * bundling. A locale's process keeps most of its bundling memory until it
 * exits (native memory, about 1.1 GB at 400 articles per locale), so the
 * overlap peaked at 1.2-1.5x stock Docusaurus' memory: the default schedule
 * builds the locales one after the other (README, Build memory).
 *
 * Public APIs only: `configureWebpack` adds a compiler plugin; it taps the
 * compiler's `shutdown` hook (webpack 5 and Rspack; after `close()`, which
 * Docusaurus calls once bundling is done). If the message never comes, the
 * parent starts the next locale when this process exits and says so.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type {Plugin} from '@docusaurus/types';

export const BUNDLED_MESSAGE = {type: 'bundled'} as const;

interface HookedCompiler {
  hooks: {shutdown: {tap(name: string, fn: () => void): void}};
}

const NAME = 'bundled-signal';

/**
 * A compiler plugin factory: each plugin it makes counts its compiler as
 * bundling until the compiler shuts down; `onBundled` is called once, when
 * the last of them has (compilers of one multi-compiler are all made, with
 * their plugins applied, before any runs).
 */
export function bundledTracker(onBundled: () => void): () => {apply(c: HookedCompiler): void} {
  const pending = new Set<object>();
  return () => ({
    apply(compiler) {
      const token = {};
      pending.add(token);
      compiler.hooks.shutdown.tap(NAME, () => {
        pending.delete(token);
        if (pending.size === 0) onBundled();
      });
    },
  });
}

/**
 * A full garbage collection, through V8's own `gc` made in a separate
 * context: not the global `gc` of --expose-gc, which Docusaurus' perf logger
 * would then call at every step it times.
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * Sends the message, then collects the bundler's garbage once the compiler
 * is released (the next turn of the event loop), before static rendering
 * grows the heap again: at 400 articles per locale about 0.1 GB of the
 * process's 1.7 GB (most of the rest is native memory the process keeps).
 */
function signal(): void {
  if (!process.send || !process.connected) return;
  // The channel stays open (src/plugins/headers sends its hashes later): with
  // no listener on this side, it never keeps the process alive.
  process.send(BUNDLED_MESSAGE);
  setImmediate(collectGarbage);
}

const compilerPlugin = bundledTracker(signal);

export default function bundledSignal(): Plugin {
  return {
    name: NAME,
    configureWebpack() {
      if (!process.send) return {};
      return {plugins: [compilerPlugin()]};
    },
  };
}
