/**
 * Docusaurus plugin: the host's header rules (`_headers`), written after the build.
 *
 * In:  the hashes of the inline scripts and `<style>` elements of every page
 *      of this locale's output, found by src/plugins/critical-css's one pass
 *      over the pages (waited for: it rewrites them first); without that
 *      plugin, every HTML file of the output folder, read here.
 * Out: `_headers` at the root of the site (written by the default locale's
 *      build, like `_redirects`; rewritten by a later locale's build that
 *      finds it there, as `docusaurus build` of all locales does, so the
 *      policy covers every locale built in this process): a
 *      Content-Security-Policy with the sha256 hash of every inline script
 *      (the theme's colour-mode script, the base URL banner, the redirect
 *      pages' one script) and of every `<style>`, the other security headers
 *      and the cache rule of hashed assets (./policy.mjs). When started by
 *      scripts/build.mjs (SITE_BUILD_SCRIPT_IPC), the locale's hashes are also sent
 *      there (`PAGE_HASHES_MESSAGE`), which writes the file over the whole
 *      site without reading its pages again.
 * Why the redirect pages' script by name: plugins' postBuild hooks run side
 *      by side, so the redirect pages (src/plugins/short-links, redirects)
 *      may not be written when the pages are read; each holds that script only.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {REDIRECT_SCRIPT} from '../short-links/redirectPage';
import {firstScreenCssWritten} from '../critical-css';
import {
  HEADERS_FILE,
  policyScriptHashes,
  policyStyleHashes,
  scriptHash,
  writeHeaders,
  writeHeadersFile,
} from './policy.mjs';

/** What scripts/build.mjs gets from each locale's process: its pages' hashes. */
export const PAGE_HASHES_MESSAGE = 'page-hashes';

/**
 * Set by scripts/build.mjs for the processes it starts: the IPC channel is
 * its (any other parent, a test runner's worker pool, gets no message).
 */
export const BUILD_SCRIPT_ENV = 'SITE_BUILD_SCRIPT_IPC';

/** Sends the locale's hashes to scripts/build.mjs, when it started this process. */
function sendToBuildScript(locale: string, scripts: string[], styles: string[]): Promise<void> {
  return new Promise((resolve) => {
    if (process.env[BUILD_SCRIPT_ENV] !== 'true' || !process.send || !process.connected)
      return resolve();
    process.send({type: PAGE_HASHES_MESSAGE, locale, scripts, styles}, () => resolve());
  });
}

export default function securityHeaders(context: LoadContext): Plugin {
  const {currentLocale, defaultLocale} = context.i18n;
  return {
    name: 'security-headers',
    async postBuild({outDir}) {
      // The site's root: this locale's output folder without its base URL (`tr/`).
      const depth = context.baseUrl.split('/').filter(Boolean).length;
      const siteRoot = path.resolve(outDir, ...Array<string>(depth).fill('..'));
      const first = currentLocale === defaultLocale;
      const redirect = scriptHash(REDIRECT_SCRIPT);
      // The pages' inline <style> (src/plugins/critical-css) must be in place first.
      const pass = await firstScreenCssWritten(outDir);
      if (!pass) {
        // No pass over the pages to take the hashes from: read them here.
        if (!first && !existsSync(path.join(siteRoot, HEADERS_FILE))) return;
        const hashes = await writeHeadersFile(siteRoot, [redirect]);
        logger.info`headers: name=${HEADERS_FILE} written, number=${hashes.length} inline script hashes in the policy (pages read)`;
        return;
      }
      const site = {
        scripts: new Set([...pass.hashes.scripts, redirect]),
        styles: new Set(pass.hashes.styles),
      };
      await sendToBuildScript(currentLocale, [...site.scripts], [...site.styles]);
      const file = path.join(siteRoot, HEADERS_FILE);
      if (!first) {
        if (!existsSync(file)) return;
        // One `docusaurus build` of every locale, default first: the policy
        // the locales before this one wrote (the file, not module state:
        // Docusaurus may load the plugins anew for each locale).
        const before = await readFile(file, 'utf8');
        for (const hash of policyScriptHashes(before)) site.scripts.add(hash);
        for (const hash of policyStyleHashes(before)) site.styles.add(hash);
      }
      const hashes = await writeHeaders(siteRoot, site);
      logger.info`headers: name=${HEADERS_FILE} written, number=${hashes.length} inline script hashes in the policy`;
    },
  };
}
