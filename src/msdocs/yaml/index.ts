/**
 * Microsoft's structured YAML pages, from file to Markdown.
 *
 * In:  a `.yml` file under a docs folder (any locale, any version) and the
 *      site directory.
 * Out: the page (./faq.ts or ./landing.ts), its front matter (the YAML's
 *      `metadata`, which ../frontmatter.ts validates like an article's, plus
 *      `mdx.format: md` so Docusaurus reads the Markdown as CommonMark) and
 *      its Markdown (./markdown.ts). A translated FAQ takes its question ids
 *      from the English file at the same path in the same version.
 * A `.yml` that is neither FAQ nor Landing is not a page: YamlPageError
 * (navigation files such as `toc.yml` are excluded from the docs plugin).
 *
 * Synchronous on purpose: Docusaurus' `markdown.preprocessor` hook is.
 */
import fs from 'node:fs';
import path from 'node:path';
import {docFileFor, locateDoc, DEFAULT_LOCALE} from '../paths';
import {YamlPageError, yamlMimeOf} from './document';
import {alignFaqIds, readFaq, type FaqPage} from './faq';
import {readLanding, type LandingPage} from './landing';
import {faqToMarkdown, landingToMarkdown} from './markdown';

export {YamlPageError, yamlMimeOf};
export type YamlPage = FaqPage | LandingPage;

/** Page kinds the site publishes, by their `YamlMime` name. */
export const YAML_PAGE_KINDS = ['FAQ', 'Landing'] as const;

/** Files under docs folders that are data, not pages (navigation, DocFX config). */
export const YAML_NOT_PAGES = [
  '**/toc.yml',
  '**/TOC.yml',
  '**/breadcrumb/**',
  '**/zone-pivot-groups.yml',
];

export const isYamlFile = (filePath: string): boolean => /\.ya?ml$/i.test(filePath);

/** Reads one file's text as a page (no alignment with other files). */
export function readYamlPage(text: string, file: string): YamlPage {
  const mime = yamlMimeOf(text);
  if (mime === 'FAQ') return readFaq(text, file);
  if (mime === 'Landing') return readLanding(text, file);
  throw new YamlPageError(
    `${file}:1: YamlMime: ${mime ? `"${mime}" is not a page kind the site publishes` : 'no "### YamlMime:<kind>" first line'}; expected ${YAML_PAGE_KINDS.map((k) => `YamlMime:${k}`).join(' or ')} (data files such as toc.yml are left out of the docs)`,
  );
}

export interface LoadedYamlPage {
  page: YamlPage;
  frontMatter: Record<string, unknown>;
  markdown: string;
}

const cache = new Map<string, {text: string; loaded: LoadedYamlPage}>();

/** The page of a `.yml` doc file, ids aligned with its English source. */
export function loadYamlPage(filePath: string, siteDir: string, text?: string): LoadedYamlPage {
  const source = text ?? fs.readFileSync(filePath, 'utf8');
  const hit = cache.get(filePath);
  if (hit && hit.text === source) return hit.loaded;
  const file = path.relative(siteDir, filePath) || filePath;
  let page = readYamlPage(source, file);
  const where = locateDoc(filePath, siteDir);
  if (page.kind === 'faq' && where && where.locale !== DEFAULT_LOCALE) {
    const englishFile = docFileFor(siteDir, DEFAULT_LOCALE, where.version, where.relPath);
    if (fs.existsSync(englishFile)) {
      const english = readYamlPage(
        fs.readFileSync(englishFile, 'utf8'),
        path.relative(siteDir, englishFile),
      );
      if (english.kind === 'faq') page = alignFaqIds(page, english);
    }
  }
  const frontMatter: Record<string, unknown> = {
    ...page.metadata,
    title: page.metadata.title ?? page.title.text,
    mdx: {format: 'md'},
  };
  // A folder's `index.yml` is the folder's page (`/microsoft-365/commerce`).
  // Docusaurus makes it the category index by itself, but with a trailing
  // slash in its permalink, which no other page of the site has.
  if (where && /(^|\/)index\.ya?ml$/i.test(where.relPath)) {
    frontMatter.slug = `/${path.posix.dirname(where.relPath).replace(/^\.$/, '')}`;
  }
  const markdown = page.kind === 'faq' ? faqToMarkdown(page) : landingToMarkdown(page);
  const loaded = {page, frontMatter, markdown};
  cache.set(filePath, {text: source, loaded});
  return loaded;
}
