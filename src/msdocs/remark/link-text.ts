/**
 * remark plugin: links without text (machine-translation damage).
 *
 * Markdown in:  See [](../licenses/buy-licenses.md) for details.
 * Out:          the build fails: "docs/x.md:3:5: link: the link to
 *               "../licenses/buy-licenses.md" has no text; ..."
 * Machine translation sometimes moves a link's words out of the brackets;
 * the page would show an invisible link no reader or screen reader can use.
 * A link around an image with alt text is fine.
 * In an imported article (../defects.ts) the link gets words instead: the
 * title of the target article when it is on this site (its `# ` heading),
 * else the last segment of its address made readable
 * (`.../assign-licenses-to-users` -> "assign licenses to users").
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Link, LinkReference, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {parseMarkdownContentTitle} from '@docusaurus/utils';
import {docFileFor} from '../paths';
import {stripHeadingAnchors} from '../plainHeadings';
import {createContext, defect, type Context, type MsdocsOptions} from './context';
import {splitUrl, safeDecode} from './urls';

function hasText(link: Link | LinkReference): boolean {
  if (toString(link, {includeImageAlt: true, includeHtml: false}).trim()) return true;
  let named = false;
  visit(link, (n) => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'msdocsContainer') && toString(n).trim())
      named = true;
  });
  return named;
}

/** The `# ` title of a Markdown file, without front matter or heading anchors. */
function titleOf(file: string): string | undefined {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return parseMarkdownContentTitle(stripHeadingAnchors(body)).contentTitle || undefined;
}

/**
 * Words for a link without text: the target article's title in the page's
 * locale (links.ts has made links to our articles relative `.md` paths), else
 * the address' last segment, made readable.
 */
export function linkTextFor(ctx: Context, url: string): string {
  const {pathname} = splitUrl(url);
  if (ctx.where && /\.mdx?$/i.test(pathname) && !/^[a-z][a-z0-9+.-]*:/i.test(pathname)) {
    const rel = path.posix.join(path.posix.dirname(ctx.where.relPath), safeDecode(pathname));
    const localized = docFileFor(ctx.siteDir, ctx.locale, ctx.where.version, rel);
    const title = titleOf(localized) ?? titleOf(path.join(ctx.where.sourceRoot, rel));
    if (title) return title;
  }
  const segment =
    safeDecode(pathname)
      .replace(/\/+$/, '')
      .split('/')
      .pop()
      ?.replace(/\.(mdx?|ya?ml|html?)$/i, '') ?? '';
  const words = segment.replace(/[-_]+/g, ' ').trim();
  return words || url;
}

export default function remarkMsdocsLinkText(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      if (hasText(node)) return;
      const target = node.type === 'link' ? node.url : `[${node.identifier}]`;
      defect(
        ctx,
        node,
        'link',
        `the link to "${target}" has no text (machine translation often moves it out of the brackets); expected [words a reader can follow](${node.type === 'link' ? node.url : '...'})`,
        'repaired',
      );
      node.children = [{type: 'text', value: linkTextFor(ctx, target)}];
    });
  };
}
