/**
 * A throwaway copy of the site, for checks that change content or build it
 * without touching the working tree. The one way to make one: the tests,
 * check-translations.mjs, check-corpus.mjs and the benchmark all use it.
 *
 * In:  a name prefix and options. Out: a new folder under the system's
 *      temporary folder with the site's files (not its build output, its
 *      generated files, tests or git data) and its node_modules linked; the
 *      caller removes it.
 *
 * Options:
 *  - nodeModules: 'link' (default) links the site's node_modules as one
 *    folder: quick, but the bundler's persistent cache (node_modules/.cache)
 *    is then the real site's, so a build in the copy should turn it off
 *    (DOCUSAURUS_NO_PERSISTENT_CACHE=1). 'per-package' makes node_modules a
 *    folder of links, one per package, without .cache: the copy's builds keep
 *    a cache of their own (the benchmark times cold and warm builds; the
 *    corpus check builds twice).
 *  - tests: also copy tests/ (the corpus check runs the e2e specs from the
 *    copy).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SKIP = new Set([
  'node_modules',
  'build',
  '.docusaurus',
  '.git',
  'test-results',
  'playwright-report',
  'tests',
  'screenshots',
]);

/**
 * Makes `dir/node_modules` a folder of links to the site's packages (each
 * scope's folder linked whole), leaving out the bundler cache.
 * @param {string} dir
 */
export function linkPackages(dir) {
  const target = path.join(dir, 'node_modules');
  fs.rmSync(target, {recursive: true, force: true});
  fs.mkdirSync(target);
  for (const entry of fs.readdirSync(path.join(siteDir, 'node_modules'))) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(siteDir, 'node_modules', entry), path.join(target, entry));
  }
}

/**
 * @param {string} prefix name prefix of the temporary folder
 * @param {{nodeModules?: 'link' | 'per-package', tests?: boolean}} [options]
 * @returns {string} the copy's folder
 */
export function scratchSite(prefix, {nodeModules = 'link', tests = false} = {}) {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(siteDir)) {
    // scripts/build.mjs' per-locale generated files and staging output too.
    if (SKIP.has(entry) || /^\.(docusaurus|build)-/.test(entry)) continue;
    fs.cpSync(path.join(siteDir, entry), path.join(to, entry), {recursive: true});
  }
  if (tests) fs.cpSync(path.join(siteDir, 'tests'), path.join(to, 'tests'), {recursive: true});
  if (nodeModules === 'per-package') linkPackages(to);
  else fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(to, 'node_modules'), 'dir');
  return to;
}
