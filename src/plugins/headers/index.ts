/**
 * Docusaurus plugin: the host's header rules (`_headers`), written after the build.
 *
 * In:  the pages the build wrote (every HTML file of the output folder).
 * Out: `_headers` at the root of the site (written by the default locale's
 *      build, like `_redirects`; rewritten by a later locale's build that
 *      finds it there, as `docusaurus build` of all locales does, so the
 *      policy covers every locale): a Content-Security-Policy with the sha256 hash of
 *      every inline script found (the theme's colour-mode script, the base
 *      URL banner, the redirect pages' one script) and of every `<style>`
 *      (src/plugins/critical-css, waited for), the other security
 *      headers and the cache rule of hashed assets (./policy.mjs).
 * Why also in scripts/build.mjs: plugins' postBuild hooks run side by side,
 *      so the redirect pages may not be written yet (their script's hash is
 *      added by name), and other locales build in other processes;
 *      `npm run build` writes the file again over the finished site.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {REDIRECT_SCRIPT} from '../short-links/redirectPage';
import {firstScreenCssWritten} from '../critical-css';
import {HEADERS_FILE, scriptHash, writeHeadersFile} from './policy.mjs';

export default function securityHeaders(context: LoadContext): Plugin {
  const {currentLocale, defaultLocale} = context.i18n;
  return {
    name: 'security-headers',
    async postBuild({outDir}) {
      // The site's root: this locale's output folder without its base URL (`tr/`).
      const depth = context.baseUrl.split('/').filter(Boolean).length;
      const siteRoot = path.resolve(outDir, ...Array<string>(depth).fill('..'));
      const first = currentLocale === defaultLocale;
      if (!first && !existsSync(path.join(siteRoot, HEADERS_FILE))) return;
      // The pages' inline <style> (src/plugins/critical-css) must be in place first.
      await firstScreenCssWritten(outDir);
      const hashes = await writeHeadersFile(siteRoot, [scriptHash(REDIRECT_SCRIPT)]);
      logger.info`headers: name=${HEADERS_FILE} written, number=${hashes.length} inline script hashes in the policy`;
    },
  };
}
