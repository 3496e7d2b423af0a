/**
 * Docusaurus plugin: the link-preview card of the locale being built, and
 * the head tags that are the same on every page of that locale.
 *
 * In:  the site's title and tagline (per locale), the locale's label, the
 *      site URL and base URL, and `imageAlt`: the card's alt text in the
 *      locale's language (docusaurus.config.localized.json).
 * Out: in every page's `<head>` (written into the HTML, no JavaScript):
 *      og:site_name, og:image with its type, size and alt text, and
 *      twitter:image / twitter:image:alt; after the build, the card itself at
 *      `img/link-preview.png` under the locale's output folder (`build/img/`,
 *      `build/tr/img/`). Logs the time the card took. A production build
 *      draws it in a worker thread started while the site loads
 *      (src/plugins/worker), so postBuild only writes it.
 * Why a card per locale and not per article: a card costs 0.1-0.4 s of CPU
 *      after a 1 s start (measured), so one per article, locale and version
 *      would add minutes to a build of a few hundred articles; the site name
 *      and the page's language tell a ticket reader which site and language a
 *      pasted link opens, the title and description come as text. The
 *      per-page tags are React's (src/components/LinkPreview).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import logger from '@docusaurus/logger';
import type {HtmlTagObject, LoadContext, Plugin} from '@docusaurus/types';
import {PREVIEW_IMAGE} from '../../links/linkPreview';
import {runInWorker} from '../worker';
import type {CardText} from './card';

export interface LinkPreviewOptions {
  /** Alt text of the card, in the locale being built. */
  imageAlt: string;
}

export default function linkPreviews(context: LoadContext, options: LinkPreviewOptions): Plugin {
  const {siteConfig, i18n, baseUrl} = context;
  const image = `${siteConfig.url}${baseUrl}${PREVIEW_IMAGE.path}`;
  const meta = (key: string, content: string): HtmlTagObject => ({
    tagName: 'meta',
    attributes: {[key.startsWith('twitter:') ? 'name' : 'property']: key, content},
  });
  const text: CardText = {
    site: siteConfig.title,
    tagline: siteConfig.tagline,
    language: i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale,
    host: new URL(siteConfig.url).host,
  };
  let card: Promise<{png: Uint8Array; ms: number}> | undefined;
  return {
    name: 'link-previews',
    loadContent() {
      // Only a production build writes the card; a dev server never does.
      if (process.env.NODE_ENV === 'production') card = drawInWorker(text);
      // Awaited in postBuild; until then a failure must not be an unhandled rejection.
      card?.catch(() => {});
    },
    injectHtmlTags() {
      return {
        headTags: [
          meta('og:site_name', siteConfig.title),
          meta('og:image', image),
          meta('og:image:type', PREVIEW_IMAGE.type),
          meta('og:image:width', String(PREVIEW_IMAGE.width)),
          meta('og:image:height', String(PREVIEW_IMAGE.height)),
          meta('og:image:alt', options.imageAlt),
          meta('twitter:image', image),
          meta('twitter:image:alt', options.imageAlt),
        ],
      };
    },
    async postBuild({outDir}) {
      const started = performance.now();
      const {png, ms} = await (card ?? drawInWorker(text));
      const file = path.join(outDir, PREVIEW_IMAGE.path);
      await fs.mkdir(path.dirname(file), {recursive: true});
      await fs.writeFile(file, png);
      logger.info(
        `[link-previews] ${i18n.currentLocale}: card ${path.relative(context.siteDir, file)} in ${Math.round(ms)} ms (postBuild waited ${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}

/** The card drawn by ./card.ts in a worker thread, and the time that took. */
async function drawInWorker(text: CardText): Promise<{png: Uint8Array; ms: number}> {
  const card = fileURLToPath(new URL('./card.ts', import.meta.url));
  const {value, ms} = await runInWorker<Uint8Array>(card, 'renderCard', [text]);
  return {png: value, ms};
}
