/**
 * The link rules (src/msdocs/remark/links.ts) alone on a piece of Markdown,
 * as an article at `relFile` of the fixture site in `locale`.
 *
 * In: Markdown, the article's path under the site, the locale. Out: the
 * Markdown with its links rewritten, trimmed.
 */
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {VFile} from 'vfile';
import remarkMsdocsLinks from '../../../src/msdocs/remark/links';
import {FIXTURE_SITE} from './msdocs';

export async function transformLinks(
  markdown: string,
  relFile: string,
  locale: string,
  siteDir = FIXTURE_SITE,
): Promise<string> {
  const file = new VFile({path: path.join(siteDir, relFile), value: markdown});
  const out = await unified()
    .use(remarkParse)
    .use(remarkMsdocsLinks, {siteDir, locale})
    .use(remarkStringify)
    .process(file);
  return String(out).trim();
}
