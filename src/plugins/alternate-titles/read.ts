/**
 * The title and section titles of an article's file, as the site shows them.
 *
 * In:  a doc file (`.md`, `.mdx`, or a FAQ / landing `.yml` page) and the site
 *      folder. Out: `{title, sections}`: the page's title (front matter
 *      `title`, else its H1) and each section heading's text by its id (the
 *      `<a name>` id, else Microsoft's id for the text: the ids the site gives
 *      headings, the same in every language).
 * Why: "Copy for a ticket" in both languages needs the other language's real
 *      titles; each locale is built in its own process, so they are read from
 *      the other language's source at build time, with the site's own readers
 *      (front matter, remark, heading ids, YAML pages).
 */
import fs from 'node:fs/promises';
import type {Heading, Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {headingId} from '../../msdocs/remark/headings';
import {isYamlFile, loadYamlPage} from '../../msdocs/yaml';

export interface PageTitles {
  title: string;
  /** Section id -> heading text. */
  sections: Record<string, string>;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function readTitles(file: string, siteDir: string): Promise<PageTitles> {
  const text = await fs.readFile(file, 'utf8');
  let title: unknown;
  let markdown: string;
  if (isYamlFile(file)) {
    const page = loadYamlPage(file, siteDir, text);
    title = page.frontMatter.title;
    markdown = page.markdown;
  } else {
    const parsed = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: text});
    title = parsed.frontMatter.title;
    markdown = parsed.content;
  }
  const sections: Record<string, string> = {};
  let h1: string | undefined;
  visit(parser.parse(markdown) as Root, 'heading', (heading: Heading) => {
    const words = squash(toString(heading, {includeHtml: false}));
    if (heading.depth === 1) h1 ??= words;
    else sections[headingId(heading)] ??= words;
  });
  return {title: typeof title === 'string' && title.trim() ? squash(title) : (h1 ?? ''), sections};
}
