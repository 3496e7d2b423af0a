/**
 * Runs the Microsoft Docs compatibility plugins the way Docusaurus does for
 * a `.md` file (CommonMark + front matter + directives + GFM, our plugins
 * first, raw HTML through rehype-raw) and returns the tree and the HTML.
 *
 * JSX elements our plugins emit (Callout, Moniker, VideoCard, Tabs, TabItem)
 * come out as lower-case elements with their attributes, e.g.
 * `<callout type="note">`, so tests can query them with cheerio.
 */
import fs from 'node:fs';
import path from 'node:path';
import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import * as cheerio from 'cheerio';
import type {Root as MdastRoot} from 'mdast';
import type {Element, Root as HastRoot} from 'hast';
import {createMsdocsRemarkPlugins, msdocsRehypePlugins} from '../../../src/msdocs/remark';
import type {ContentDefect, ContentDefectSettings} from '../../../src/msdocs/defects';

export const FIXTURE_SITE = path.resolve(__dirname, '../../fixtures/site');
export const BAD_SITE = path.resolve(__dirname, '../../fixtures/bad');
export const EN_FIXTURES = 'docs/microsoft-365/fixtures';
export const TR_FIXTURES = 'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/fixtures';

const MDX_NODES = [
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
];

/** JSX elements -> plain elements named after the component. */
const jsxToElements: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    const n = node as unknown as {
      type: string;
      name?: string;
      attributes?: {name: string; value: unknown}[];
      children?: Element['children'];
    };
    if (
      !parent ||
      index === undefined ||
      (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement')
    )
      return;
    const properties: Record<string, string> = {};
    for (const a of n.attributes ?? [])
      if (typeof a.value === 'string') properties[a.name] = a.value;
    parent.children[index] = {
      type: 'element',
      tagName: (n.name ?? 'fragment').toLowerCase(),
      properties,
      children: n.children ?? [],
    };
  });
};

export interface Rendered {
  tree: MdastRoot;
  html: string;
  $: cheerio.CheerioAPI;
  /** Content defects repaired or shown (src/msdocs/defects.ts). */
  defects: ContentDefect[];
}

export interface RenderOptions {
  siteDir?: string;
  locale?: string;
  moniker?: string;
  /** Markdown to use instead of the file's content (the file path still counts). */
  markdown?: string;
  /** onContentDefect settings (default: the layer's, 'throw' for files not imported). */
  defects?: ContentDefectSettings;
  /** The front matter as Docusaurus' MDX loader hands it to remark (`file.data.frontMatter`). */
  frontMatter?: Record<string, unknown>;
}

/** Renders a file of a fixture site, given relative to that site. */
export async function render(relFile: string, options: RenderOptions = {}): Promise<Rendered> {
  const siteDir = options.siteDir ?? FIXTURE_SITE;
  const filePath = path.join(siteDir, relFile);
  const value = options.markdown ?? fs.readFileSync(filePath, 'utf8');
  const locale = options.locale ?? (relFile.startsWith('i18n/tr/') ? 'tr' : 'en');
  const file = new VFile({
    path: filePath,
    value,
    data: options.frontMatter ? {frontMatter: options.frontMatter} : {},
  });
  const processor = unified()
    .use(remarkParse)
    .use(createMsdocsRemarkPlugins({siteDir, locale, moniker: options.moniker, ...options.defects}))
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm);
  const tree = (await processor.run(processor.parse(file), file)) as MdastRoot;
  const toHtml = unified()
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: MDX_NODES as never[]})
    .use(rehypeRaw, {passThrough: MDX_NODES})
    .use(msdocsRehypePlugins)
    .use(jsxToElements)
    .use(rehypeStringify);
  const hast = await toHtml.run(structuredClone(tree) as MdastRoot);
  const html = toHtml.stringify(hast as HastRoot);
  return {tree, html, $: cheerio.load(html, null, false), defects: file.data.contentDefects ?? []};
}

/** The error message a bad fixture fails with ('' when it doesn't fail). */
export async function failure(relFile: string, options: RenderOptions = {}): Promise<string> {
  try {
    await render(relFile, {siteDir: BAD_SITE, ...options});
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}
