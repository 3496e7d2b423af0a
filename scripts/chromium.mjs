/**
 * Which Chromium the tests, the benchmark and the screenshot script launch,
 * and with which flags: one place, so they all behave alike.
 *
 * Out: chromiumPath(): CHROMIUM_PATH if set, else Debian's /usr/bin/chromium
 *      when present, else undefined (Playwright or chrome-launcher then use
 *      a browser of their own, as on a developer laptop).
 *      CHROMIUM_FLAGS: headless, and nothing that reaches the network on its
 *      own (updates, sync, QUIC), so runs offline stay quiet and repeatable.
 */
import fs from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** @type {readonly string[]} */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
