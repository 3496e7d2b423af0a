/**
 * Docusaurus plugin: each page's scripts started after its first paint
 * (./after-paint.ts) and, when asked, the first screen's CSS inlined into
 * every page with the site's stylesheet loaded without blocking the first
 * paint (./inline.ts; off by default, see there why).
 *
 * In:  the pages of this locale's build (postBuild); each page's route
 *      scripts (src/plugins/route-preloads). Out: the same pages, rewritten
 *      in place; a log line with the inline CSS's size; the
 *      hashes of every page's inline scripts and styles, as written.
 * Why a promise for the headers plugin: plugins' postBuild hooks run side
 *      by side, and src/plugins/headers needs the pages' `<style>` once
 *      they are written; it waits on `firstScreenCssWritten(outDir)` and
 *      takes the hashes this pass found, so no other pass reads every page.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {timedPagePreloads} from '../route-preloads';
import {inlineCriticalCss, type CriticalCssResult} from './inline';

const passes = new Map<string, Promise<CriticalCssResult>>();

/**
 * Settles when this plugin has rewritten the pages of `outDir`, with what its
 * pass found; undefined at once when the plugin isn't in the build.
 */
export function firstScreenCssWritten(outDir: string): Promise<CriticalCssResult | undefined> {
  return passes.get(path.resolve(outDir)) ?? Promise.resolve(undefined);
}

/**
 * Whether pages get the first screen's CSS inline: only when asked
 * (`SITE_FIRST_SCREEN_CSS=inline`, as `npm run build -- --inline-css` sets it).
 */
export function inlinesFirstScreenCss(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SITE_FIRST_SCREEN_CSS === 'inline';
}

export default function criticalCss(context: LoadContext): Plugin {
  const {currentLocale, defaultLocale, locales} = context.i18n;
  let settle: {done: (result: CriticalCssResult) => void; failed: (e: unknown) => void} | undefined;
  const pass = new Promise<CriticalCssResult>((done, failed) => (settle = {done, failed}));
  // Whoever waits reports nothing of ours: postBuild below throws.
  pass.catch(() => undefined);
  passes.set(path.resolve(context.outDir), pass);
  return {
    name: 'critical-css',
    async postBuild({outDir}) {
      try {
        // A one-process build of every locale writes the others under the default's folder.
        const others =
          currentLocale === defaultLocale ? locales.filter((l) => l !== currentLocale) : [];
        const started = performance.now();
        // Each page's route scripts, listed in the same rewrite (src/plugins/route-preloads).
        const preloads = timedPagePreloads(outDir);
        const result = await inlineCriticalCss(outDir, context.baseUrl, others, preloads?.scripts, {
          inlineCss: inlinesFirstScreenCss(),
        });
        const ms = Math.round(performance.now() - started);
        if (result.css)
          logger.info`critical-css: number=${result.pages} pages get number=${Math.round(result.css.length / 1024)} KiB of inline CSS (from number=${result.samples} sample pages) in number=${ms} ms`;
        else
          logger.info`critical-css: number=${result.pages} pages keep their render-blocking stylesheet (code=${'SITE_FIRST_SCREEN_CSS=inline'} inlines the first screen's rules); scripts rewritten in number=${ms} ms`;
        if (preloads) logger.info(preloads.summary());
        settle?.done(result);
      } catch (error) {
        settle?.failed(error);
        throw error;
      }
    },
  };
}
