/**
 * The messages between scripts/build.mjs and a locale's `docusaurus build`
 * in the default (overlapped) schedule, and the locale's side of them.
 *
 * In:  the IPC channel of a process scripts/build.mjs started with
 *      SITE_BUNDLING_GATE=true; anything else (no channel, no variable: a
 *      plain `docusaurus build`, `docusaurus start`) gets nothing.
 * Out: `holdBeforeBundling()`: sends `{type: 'loaded'}` and resolves when
 *      the parent answers `{type: 'bundle'}`; rejects when the channel closes
 *      first (the parent has died: the build fails instead of waiting for
 *      ever). `reachedPostBuild()`: sends `{type: 'postBuild'}`.
 * Why plain JavaScript: the plugin (./index.ts), the build script and the
 *      test's stand-in for a locale's build share it, and only the plugin
 *      goes through TypeScript.
 */

/** Set by scripts/build.mjs when it wants the locale held before bundling. */
export const GATE_ENV = 'SITE_BUNDLING_GATE';

/** Locale to parent: loaded, waiting for the word to bundle. */
export const LOADED_MESSAGE = {type: 'loaded'};
/** Parent to locale: bundle now (the previous locale has exited). */
export const BUNDLE_MESSAGE = {type: 'bundle'};
/** Locale to parent: rendered, postBuild started (the next locale may start). */
export const POST_BUILD_MESSAGE = {type: 'postBuild'};

/**
 * @typedef {Pick<NodeJS.Process, 'on' | 'off' | 'send' | 'connected' | 'env'>} Channel
 */

/**
 * Whether the parent asked for the gate and can be told: the variable is
 * set and the process has an IPC channel (connected or not).
 * @param {Channel} proc
 */
export function gateAsked(proc = process) {
  return proc.env[GATE_ENV] === 'true' && typeof proc.send === 'function';
}

/**
 * Tells the parent the locale has loaded and waits for its word.
 * @param {Channel} proc
 * @returns {Promise<boolean>} true when it held (and was released), false when not asked
 */
export function holdBeforeBundling(proc = process) {
  if (!gateAsked(proc)) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    const gone = () =>
      new Error(
        'bundling-gate: the build script that started this locale has gone (IPC channel closed) before it said to bundle',
      );
    if (!proc.connected) return reject(gone());
    /** @param {unknown} message */
    const onMessage = (message) => {
      const m = /** @type {{type?: unknown} | null} */ (message);
      if (m?.type !== BUNDLE_MESSAGE.type) return;
      stop();
      resolve(true);
    };
    const onDisconnect = () => {
      stop();
      reject(gone());
    };
    // Without listeners the channel no longer keeps the process alive.
    const stop = () => {
      proc.off('message', onMessage);
      proc.off('disconnect', onDisconnect);
    };
    proc.on('message', onMessage);
    proc.on('disconnect', onDisconnect);
    proc.send?.(LOADED_MESSAGE);
  });
}

/**
 * Tells the parent this locale's postBuild has started.
 * @param {Channel} proc
 */
export function reachedPostBuild(proc = process) {
  if (gateAsked(proc) && proc.connected) proc.send?.(POST_BUILD_MESSAGE);
}
