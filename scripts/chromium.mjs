/**
 * Which Chromium the tests, the benchmark and the screenshot script launch,
 * and with which flags: one place, so they all behave alike.
 *
 * Out: chromiumPath(): CHROMIUM_PATH if set, else Debian's /usr/bin/chromium
 *      when present, else undefined (Playwright or chrome-launcher then use
 *      a browser of their own, as on a developer laptop). What the benchmark
 *      (Lighthouse, traces) and screenshots run: the browser readers have.
 *      testChromiumPath(): what the test suites run: CHROMIUM_PATH if set,
 *      else Debian's headless shell (/usr/bin/chromium-headless-shell, package
 *      chromium-headless-shell) when present, else chromiumPath().
 *      CHROMIUM_FLAGS: headless, and nothing that reaches the network on its
 *      own (updates, sync, QUIC), so runs offline stay quiet and repeatable.
 * Why a headless shell for tests: it is the same Chromium (same version,
 * Blink and V8) without the desktop browser around it, which is what
 * Playwright itself runs headless tests in. The full browser's headless mode
 * spent about 2.5 times its CPU on the same specs (104 s against 40-44 s,
 * README, Checks), and on two cores the browser was three quarters of the
 * end-to-end tests' CPU.
 */
import fs from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** @returns {string | undefined} */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** @returns {string | undefined} */
export function testChromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : chromiumPath();
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
