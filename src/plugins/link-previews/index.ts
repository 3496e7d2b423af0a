/**
 * Docusaurus plugin: the link-preview card of the locale being built.
 *
 * In:  the site's title and tagline (per locale), the locale's label, the
 *      site URL.
 * Out, after the build: `img/link-preview.png` under the locale's output
 *      folder (`build/img/...`, `build/tr/img/...`), the image every page of
 *      that locale names in `og:image` (src/components/LinkPreview). Logs the
 *      time it took.
 * Why a card per locale and not per article: a card costs about 0.1 s of CPU
 *      (measured), so one per article, locale and version would add minutes
 *      to a build of a few hundred articles; the site name and the page's
 *      language are what tells a ticket reader which site and language a
 *      pasted link opens, the title and description come as text.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PREVIEW_IMAGE} from '../../links/linkPreview';
import {renderCard} from './card';

export default function linkPreviews(context: LoadContext): Plugin {
  return {
    name: 'link-previews',
    async postBuild({outDir, siteConfig, i18n}) {
      const started = performance.now();
      const png = await renderCard({
        site: siteConfig.title,
        tagline: siteConfig.tagline,
        language: i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale,
        host: new URL(siteConfig.url).host,
      });
      const file = path.join(outDir, PREVIEW_IMAGE.path);
      await fs.mkdir(path.dirname(file), {recursive: true});
      await fs.writeFile(file, png);
      logger.info(
        `[link-previews] ${context.i18n.currentLocale}: card ${path.relative(context.siteDir, file)} in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
