/**
 * remark plugin: the raw HTML Microsoft's articles use.
 *
 * In:  `html` nodes (`<br>`, `<sup>`, `<kbd>`, `<a href target>`, comments)
 *      and, in .mdx files, JSX elements.
 * Out:
 *  - `<a href="u" target="_blank">text</a>` inside a paragraph becomes a
 *    Markdown link (so ./links.ts rewrites `u`, ./link-text.ts checks the
 *    text, and Docusaurus' Link opens it safely: rel="noopener noreferrer");
 *  - a lone `<a name="x"></a>` becomes an `<a id="x">` target that the
 *    broken-anchor check sees;
 *  - comment-only nodes are dropped (hidden on Learn too);
 *  - other inert HTML stays and is rendered by rehype-raw;
 *  - `<script>`, `<iframe>`, `<style>`..., `on*=` attributes and
 *    `javascript:` URLs fail the build with file and line: content is data.
 * The tags are read with parse5's tokenizer (./tags.ts), so attribute tricks
 * (entities, odd quoting) are seen the way a browser sees them.
 */
import type {Html, Link, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {unsafeAttribute, unsafeElement, unsafeUrl, SAFE_CONTENT_HINT} from '../safety';
import {createContext, fail, inheritOrigin, type Context, type MsdocsOptions} from './context';
import {container} from './nodes';
import {readTags, type Tag} from './tags';

const short = (html: string): string =>
  (html.length > 80 ? `${html.slice(0, 77)}...` : html).replace(/\s+/g, ' ');

function checkTags(ctx: Context, node: Html, tags: Tag[]): void {
  for (const t of tags) {
    if (t.kind !== 'start') continue;
    const element = unsafeElement(t.name);
    if (element)
      fail(ctx, node, 'HTML', `${element} in "${short(node.value)}"; ${SAFE_CONTENT_HINT}`);
    for (const [name, value] of Object.entries(t.attrs)) {
      const reason = unsafeAttribute(name, value);
      if (reason)
        fail(ctx, node, 'HTML', `${reason} in "${short(node.value)}"; ${SAFE_CONTENT_HINT}`);
    }
  }
}

function checkJsx(ctx: Context, node: MdxJsxFlowElement | MdxJsxTextElement): void {
  const element = node.name ? unsafeElement(node.name) : undefined;
  if (element) fail(ctx, node, 'JSX', `${element}; ${SAFE_CONTENT_HINT}`);
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const value = typeof attr.value === 'string' ? attr.value : '';
    const reason = /^on[A-Z]/.test(attr.name)
      ? `the ${attr.name} event handler runs code`
      : unsafeAttribute(attr.name, value);
    if (reason) fail(ctx, node, 'JSX', `${reason}; ${SAFE_CONTENT_HINT}`);
  }
}

const LINK_PROPS = ['target', 'title', 'id', 'aria-label', 'lang', 'hreflang'];

/** `<a ...>` ... `</a>` and `<a name>` within one parent's children. */
function convertAnchors(ctx: Context, parent: Parent, tagsOf: Map<Html, Tag[]>): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i];
    if (node?.type !== 'html') continue;
    const tags = (tagsOf.get(node) ?? []).filter((t) => t.kind !== 'text' || t.written.trim());
    const [first, second] = tags;
    if (first?.kind !== 'start' || first.name !== 'a') continue;
    const isTarget =
      first.attrs.href === undefined && (first.attrs.name ?? first.attrs.id) !== undefined;
    if (
      isTarget &&
      (tags.length === 1 || (tags.length === 2 && second?.kind === 'end' && second.name === 'a'))
    ) {
      // A lone target: `<a name="x"></a>`, in one node or two.
      const closeNext =
        tags.length === 1 &&
        children[i + 1]?.type === 'html' &&
        /^<\/a\s*>$/i.test((children[i + 1] as Html).value.trim());
      if (tags.length === 1 && !closeNext) continue;
      const anchor = inheritOrigin(
        container('a', {id: (first.attrs.id ?? first.attrs.name ?? '').trim()}, []),
        node,
      );
      anchor.position = node.position;
      children.splice(i, closeNext ? 2 : 1, anchor);
      continue;
    }
    if (tags.length !== 1 || first.attrs.href === undefined) continue;
    const close = children.findIndex(
      (c, j) => j > i && c.type === 'html' && /^<\/a\s*>$/i.test(c.value.trim()),
    );
    if (close === -1) continue;
    const props: Record<string, string> = {};
    for (const name of LINK_PROPS)
      if (first.attrs[name] !== undefined) props[name] = first.attrs[name];
    if (props.target === '_blank') props.rel = 'noopener noreferrer';
    const link: Link = {
      type: 'link',
      url: first.attrs.href.trim(),
      title: first.attrs.title ?? null,
      // A URL written as the text (`<a href="fwlink">https://x/</a>`) is also
      // a GFM autolink: links can't nest (the HTML parser would split them and
      // leave this one empty), so the inner link gives way to its text.
      children: (children.slice(i + 1, close) as PhrasingContent[]).flatMap((c) =>
        c.type === 'link' ? c.children : [c],
      ),
      position:
        node.position && children[close]?.position
          ? {start: node.position.start, end: children[close].position!.end}
          : node.position,
      data: {hProperties: props},
    };
    if (unsafeUrl(link.url))
      fail(
        ctx,
        node,
        'HTML',
        `${unsafeUrl(link.url)} in "${short(node.value)}"; ${SAFE_CONTENT_HINT}`,
      );
    children.splice(i, close - i + 1, inheritOrigin(link, node));
  }
}

export default function remarkMsdocsHtml(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    const tagsOf = new Map<Html, Tag[]>();
    const parents = new Set<Parent>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
        checkJsx(ctx, node);
      if (node.type !== 'html' || !parent || index === undefined) return undefined;
      const tags = readTags(node.value);
      checkTags(ctx, node, tags);
      if (
        tags.length > 0 &&
        tags.every((t) => t.kind === 'comment' || (t.kind === 'text' && !t.written.trim()))
      ) {
        parent.children.splice(index, 1);
        return index;
      }
      tagsOf.set(node, tags);
      parents.add(parent);
      return undefined;
    });
    for (const parent of parents) convertAnchors(ctx, parent, tagsOf);
  };
}
