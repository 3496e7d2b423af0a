/**
 * A throwaway copy of the site, for checks that change content or build it
 * without touching the working tree.
 *
 * In:  nothing (the site is this repository). Out: a new folder under the
 *      system's temporary folder with the site's files (not its build output,
 *      tests or git data) and a link to its node_modules; the caller removes it.
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

/** @param {string} prefix name prefix of the temporary folder */
export function scratchSite(prefix) {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(siteDir)) {
    // scripts/build.mjs' per-locale generated files and staging output too.
    if (SKIP.has(entry) || /^\.(docusaurus|build)-/.test(entry)) continue;
    fs.cpSync(path.join(siteDir, entry), path.join(to, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(to, 'node_modules'), 'dir');
  return to;
}
