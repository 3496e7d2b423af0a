/**
 * remark plugin: images, DocFX's `:::image` and Markdown's `![alt](path)`.
 *
 * Markdown in:
 *   :::image type="content" source="media/buy.png" alt-text="The Buy licenses pane." lightbox="media/buy-big.png":::
 * HTML out:
 *   <figure class="msdocs-figure msdocs-figure--border">
 *     <a href="(full-size image)"><img src="(media/buy.png)" alt="The Buy licenses pane."></a>
 *   </figure>
 * - type="complex" takes a long description up to `:::image-end:::`; it is
 *   shown under the image as the figure's caption (<figcaption>).
 * - type="icon": an inline image; alt-text may be empty (decorative).
 * - border="false" drops the border; link="url" makes the image a link.
 * - `![alt](path)` alone in a paragraph becomes the same figure; inside a
 *   sentence it stays inline.
 * Paths are relative to the file that contains them (an include's images are
 * its own); translations fall back to the English article's images. A
 * missing file, a missing alt text on a content image, a missing source or
 * an unknown attribute fails the build naming the article, line and image.
 */
import path from 'node:path';
import type {Image, Link, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {resolveContentFile, toPosix} from '../files';
import {unsafeUrl, SAFE_CONTENT_HINT} from '../safety';
import {
  contentPathOf,
  createContext,
  displayPath,
  fail,
  inheritOrigin,
  originOf,
  type Context,
  type MsdocsOptions,
} from './context';
import {container, type DocfxBlock} from './nodes';
import {parseAttributes, parseDocfxBlock} from './syntax';

const CONSTRUCT = ':::image';
const TYPES = ['content', 'complex', 'icon'];
const ATTRIBUTES = ['type', 'source', 'alt-text', 'lightbox', 'border', 'link', 'loc-scope'];
const INLINE_IMAGE = /:::image((?:\s+[a-z][a-z0-9-]*=(?:"[^"]*"|'[^']*'))*)\s*:::/gi;

function splitUrl(url: string): {pathname: string; suffix: string} {
  const i = url.search(/[?#]/);
  return i === -1 ? {pathname: url, suffix: ''} : {pathname: url.slice(0, i), suffix: url.slice(i)};
}

function decode(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

/** The image file's path as the article must write it, or a build error. */
export function resolveImage(ctx: Context, node: Node, url: string, what = 'image'): string {
  const unsafe = unsafeUrl(url);
  if (unsafe) fail(ctx, node, what, `${unsafe}: "${url}"; ${SAFE_CONTENT_HINT}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  const {pathname, suffix} = splitUrl(url);
  const origin = originOf(ctx, node);
  const relDir = path.posix.dirname(contentPathOf(ctx, origin) ?? '');
  let wanted: string;
  if (ctx.where) {
    const msPath = pathname.startsWith('/')
      ? decode(pathname)
      : path.posix.join(relDir, decode(pathname));
    wanted = path.join(ctx.where.contentRoot, msPath);
  } else {
    wanted = path.resolve(path.dirname(origin.path), decode(pathname));
  }
  const found = resolveContentFile(ctx.siteDir, wanted);
  if (!found) {
    fail(
      ctx,
      node,
      what,
      `image file "${url}" not found (looked for ${displayPath(ctx, wanted)}); expected the image at that path relative to ${displayPath(ctx, origin.path)}`,
    );
  }
  let rel = toPosix(path.relative(path.dirname(ctx.article.path), found));
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return encodeURI(rel) + suffix;
}

interface ImageSpec {
  type: string;
  image: Image;
  /** The image, or a link around it. */
  content: Image | Link;
  border: boolean;
}

function imageFromAttributes(
  ctx: Context,
  node: Node,
  attributes: Record<string, string>,
): ImageSpec {
  const unknown = Object.keys(attributes).filter((a) => !ATTRIBUTES.includes(a));
  if (unknown.length) {
    fail(
      ctx,
      node,
      CONSTRUCT,
      `unknown attribute ${unknown.map((a) => `"${a}"`).join(', ')}; expected ${ATTRIBUTES.join(', ')}`,
    );
  }
  const type = (attributes.type ?? 'content').toLowerCase();
  if (!TYPES.includes(type))
    fail(ctx, node, CONSTRUCT, `type="${type}"; expected ${TYPES.join(', ')}`);
  const source = attributes.source?.trim();
  if (!source) fail(ctx, node, CONSTRUCT, `no source; expected source="path/to/image.png"`);
  const alt = attributes['alt-text']?.trim() ?? '';
  if (!alt && type !== 'icon') {
    fail(
      ctx,
      node,
      CONSTRUCT,
      `no alt-text for the ${type} image "${source}"; expected alt-text="what the image shows"`,
    );
  }
  const image: Image = {
    type: 'image',
    url: resolveImage(ctx, node, source, CONSTRUCT),
    alt,
    position: node.position,
  };
  let content: Image | Link = image;
  const target = attributes.link?.trim() || attributes.lightbox?.trim();
  if (target) {
    const url = attributes.link?.trim() ? target : resolveImage(ctx, node, target, CONSTRUCT);
    if (unsafeUrl(url))
      fail(ctx, node, CONSTRUCT, `${unsafeUrl(url)}: "${url}"; ${SAFE_CONTENT_HINT}`);
    content = {type: 'link', url, children: [image], position: node.position};
  }
  return {
    type,
    image,
    content,
    border: (attributes.border ?? (type === 'icon' ? 'false' : 'true')) !== 'false',
  };
}

function figure(spec: ImageSpec, caption: RootContent[] = []): RootContent {
  const className = ['msdocs-figure', ...(spec.border ? ['msdocs-figure--border'] : [])];
  const children: RootContent[] = [spec.content];
  if (caption.length) children.push(container('figcaption', {}, caption as never));
  return container('figure', {className}, children as never);
}

/** An icon: inline, marked so an empty alt text survives (../rehype-decorative-images.ts). */
function icon(spec: ImageSpec): PhrasingContent {
  return container('span', {className: ['msdocs-icon']}, [
    spec.content,
  ] as never) as PhrasingContent;
}

function isImageEnd(node: RootContent | undefined): boolean {
  if (node?.type !== 'docfxBlock') return false;
  const parsed = parseDocfxBlock(node.value);
  return parsed?.kind === 'colon' && parsed.name === 'image-end';
}

/** `:::image ...:::` lines (and complex images up to `:::image-end:::`). */
function blockImages(ctx: Context, tree: Root, done: WeakSet<Image>): void {
  visit(tree, (parent: Node) => {
    if (!('children' in parent)) return;
    const children = (parent as Parent).children as RootContent[];
    for (let i = 0; i < children.length; i += 1) {
      const node = children[i];
      if (node?.type !== 'docfxBlock') continue;
      const parsed = parseDocfxBlock(node.value);
      if (parsed?.kind !== 'colon' || parsed.name !== 'image') continue;
      const spec = imageFromAttributes(ctx, node, parsed.attributes);
      done.add(spec.image);
      let end = i;
      let caption: RootContent[] = [];
      if (spec.type === 'complex') {
        end = children.findIndex((c, j) => j > i && isImageEnd(c));
        if (end === -1) {
          fail(
            ctx,
            node,
            CONSTRUCT,
            `complex image "${parsed.attributes.source ?? ''}" has no :::image-end:::; expected its long description followed by :::image-end::: at the same level`,
          );
        }
        caption = children.slice(i + 1, end);
      }
      const replacement =
        spec.type === 'icon'
          ? {type: 'paragraph' as const, children: [icon(spec)]}
          : figure(spec, caption);
      replacement.position = node.position;
      children.splice(i, end - i + 1, inheritOrigin(replacement, node as DocfxBlock));
    }
  });
}

/** `:::image ...:::` inside a sentence (icons, mostly). */
function inlineImages(ctx: Context, tree: Root, done: WeakSet<Image>): void {
  visit(tree, 'text', (text: Text, index, parent) => {
    if (!parent || index === undefined || !text.value.includes(':::image')) return undefined;
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const m of text.value.matchAll(INLINE_IMAGE)) {
      const spec = imageFromAttributes(ctx, text, parseAttributes(m[1] ?? ''));
      done.add(spec.image);
      if (m.index > last) out.push({type: 'text', value: text.value.slice(last, m.index)});
      out.push(spec.type === 'icon' ? icon(spec) : spec.content);
      last = m.index + m[0].length;
    }
    if (out.length === 0) return undefined;
    if (last < text.value.length) out.push({type: 'text', value: text.value.slice(last)});
    for (const n of out) inheritOrigin(n, text);
    parent.children.splice(index, 1, ...(out as never[]));
    return [SKIP, index + out.length];
  });
}

/** `![alt](path)`: checked, resolved, and a figure when alone in its paragraph. */
function markdownImages(ctx: Context, tree: Root, done: WeakSet<Image>): void {
  visit(tree, 'image', (image: Image) => {
    if (done.has(image)) return;
    if (!image.alt?.trim()) {
      fail(
        ctx,
        image,
        'image',
        `"${image.url}" has no alt text; expected ![what the image shows](${image.url})`,
      );
    }
    image.url = resolveImage(ctx, image, image.url);
  });
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const meaningful = paragraph.children.filter((c) => c.type !== 'text' || c.value.trim());
    const only = meaningful[0];
    if (
      meaningful.length !== 1 ||
      !only ||
      !(
        only.type === 'image' ||
        (only.type === 'link' && only.children.length === 1 && only.children[0]?.type === 'image')
      )
    ) {
      return undefined;
    }
    const image = (only.type === 'image' ? only : only.children[0]) as Image;
    if (done.has(image)) return undefined;
    const fig = inheritOrigin(
      figure({type: 'content', image, content: only, border: false}),
      paragraph,
    );
    fig.position = paragraph.position;
    parent.children[index] = fig as never;
    return SKIP;
  });
}

export default function remarkMsdocsImages(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    const done = new WeakSet<Image>();
    blockImages(ctx, tree, done);
    inlineImages(ctx, tree, done);
    markdownImages(ctx, tree, done);
  };
}
