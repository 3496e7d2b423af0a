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
  defect,
  displayPath,
  fail,
  inheritOrigin,
  originOf,
  replaceInText,
  type Context,
  type MsdocsOptions,
} from './context';
import {container, defectBox, type DocfxBlock, type MsdocsContainer} from './nodes';
import {parseAttributes, parseDocfxBlock} from './syntax';
import {hasScheme, safeDecode, splitUrl} from './urls';

const CONSTRUCT = ':::image';
const TYPES = ['content', 'complex', 'icon'];
const ATTRIBUTES = ['type', 'source', 'alt-text', 'lightbox', 'border', 'link', 'loc-scope'];
const INLINE_IMAGE = /:::image((?:\s+[a-z][a-z0-9-]*=(?:"[^"]*"|'[^']*'))*)\s*:::/gi;

/**
 * The image file's path as the article must write it; undefined (after
 * reporting the defect) when the file is missing.
 */
export function resolveImage(
  ctx: Context,
  node: Node,
  url: string,
  what = 'image',
): string | undefined {
  const unsafe = unsafeUrl(url);
  if (unsafe) fail(ctx, node, what, `${unsafe}: "${url}"; ${SAFE_CONTENT_HINT}`);
  if (hasScheme(url) || url.startsWith('//')) return url;
  const {pathname, suffix} = splitUrl(url);
  const origin = originOf(ctx, node);
  const relDir = path.posix.dirname(contentPathOf(ctx, origin) ?? '');
  let wanted: string;
  if (ctx.where) {
    const msPath = pathname.startsWith('/')
      ? safeDecode(pathname)
      : path.posix.join(relDir, safeDecode(pathname));
    wanted = path.join(ctx.where.contentRoot, msPath);
  } else {
    wanted = path.resolve(path.dirname(origin.path), safeDecode(pathname));
  }
  const found = resolveContentFile(ctx.siteDir, wanted);
  if (!found) {
    defect(
      ctx,
      node,
      what,
      `image file "${url}" not found (looked for ${displayPath(ctx, wanted)}); expected the image at that path relative to ${displayPath(ctx, origin.path)}`,
      'shown',
    );
    return undefined;
  }
  let rel = toPosix(path.relative(path.dirname(ctx.article.path), found));
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return encodeURI(rel) + suffix;
}

/** An image without alt text, marked decorative (alt="" kept by ../rehype-decorative-images.ts). */
function decorative<T extends Image | Link>(content: T): T | MsdocsContainer {
  return container('span', {className: ['msdocs-decorative']}, [content] as never);
}

interface ImageSpec {
  type: string;
  image: Image;
  /** The image, or a link around it (in a decorative span when it has no alt text). */
  content: Image | Link | MsdocsContainer;
  border: boolean;
}

/** The image an `:::image` line describes; undefined (reported) when it can't be shown. */
function imageFromAttributes(
  ctx: Context,
  node: Node,
  attributes: Record<string, string>,
): ImageSpec | undefined {
  const unknown = Object.keys(attributes).filter((a) => !ATTRIBUTES.includes(a));
  if (unknown.length) {
    defect(
      ctx,
      node,
      CONSTRUCT,
      `unknown attribute ${unknown.map((a) => `"${a}"`).join(', ')}; expected ${ATTRIBUTES.join(', ')}`,
      'repaired',
    );
  }
  const type = (attributes.type ?? 'content').toLowerCase();
  if (!TYPES.includes(type)) {
    defect(ctx, node, CONSTRUCT, `type="${type}"; expected ${TYPES.join(', ')}`, 'shown');
    return undefined;
  }
  const source = attributes.source?.trim();
  if (!source) {
    defect(ctx, node, CONSTRUCT, `no source; expected source="path/to/image.png"`, 'shown');
    return undefined;
  }
  const alt = attributes['alt-text']?.trim() ?? '';
  const noAlt = !alt && type !== 'icon';
  if (noAlt) {
    defect(
      ctx,
      node,
      CONSTRUCT,
      `no alt-text for the ${type} image "${source}"; expected alt-text="what the image shows"`,
      'repaired',
    );
  }
  const url = resolveImage(ctx, node, source, CONSTRUCT);
  if (url === undefined) return undefined;
  const image: Image = {type: 'image', url, alt, position: node.position};
  let content: Image | Link = image;
  const target = attributes.link?.trim() || attributes.lightbox?.trim();
  if (target) {
    const href = attributes.link?.trim() ? target : resolveImage(ctx, node, target, CONSTRUCT);
    if (href !== undefined && unsafeUrl(href))
      fail(ctx, node, CONSTRUCT, `${unsafeUrl(href)}: "${href}"; ${SAFE_CONTENT_HINT}`);
    if (href !== undefined)
      content = {type: 'link', url: href, children: [image], position: node.position};
  }
  return {
    type,
    image,
    content: noAlt ? decorative(content) : content,
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
      let end = i;
      let caption: RootContent[] = [];
      if (spec?.type === 'complex' || (!spec && parsed.attributes.type === 'complex')) {
        end = children.findIndex((c, j) => j > i && isImageEnd(c));
        if (end === -1) {
          defect(
            ctx,
            node,
            CONSTRUCT,
            `complex image "${parsed.attributes.source ?? ''}" has no :::image-end:::; expected its long description followed by :::image-end::: at the same level`,
            'repaired',
          );
          end = i; // shown as a content image, the text after it as text
        }
        caption = children.slice(i + 1, end);
      }
      if (spec) done.add(spec.image);
      const replacement = !spec
        ? defectBox(CONSTRUCT)
        : spec.type === 'icon'
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
    return replaceInText(text, index, parent, INLINE_IMAGE, (m) => {
      const spec = imageFromAttributes(ctx, text, parseAttributes(m[1] ?? ''));
      if (!spec) return defectBox(CONSTRUCT, true) as PhrasingContent;
      done.add(spec.image);
      return spec.type === 'icon' ? icon(spec) : (spec.content as PhrasingContent);
    });
  });
}

/** `![alt](path)`: checked, resolved, and a figure when alone in its paragraph. */
function markdownImages(ctx: Context, tree: Root, done: WeakSet<Image>): void {
  visit(tree, 'image', (image: Image, index, parent) => {
    if (done.has(image) || !parent || index === undefined) return undefined;
    const noAlt = !image.alt?.trim();
    if (noAlt) {
      defect(
        ctx,
        image,
        'image',
        `"${image.url}" has no alt text; expected ![what the image shows](${image.url})`,
        'repaired',
      );
    }
    const url = resolveImage(ctx, image, image.url);
    const replacement =
      url === undefined
        ? (defectBox('image', true) as PhrasingContent)
        : noAlt
          ? (decorative(image) as PhrasingContent)
          : undefined;
    if (url !== undefined) image.url = url;
    if (!replacement) return undefined;
    parent.children[index] = inheritOrigin(replacement, image) as never;
    return SKIP;
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
