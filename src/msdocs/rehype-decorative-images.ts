/**
 * rehype plugin: decorative icons keep their empty alt text.
 *
 * In:  `<span class="msdocs-icon"><img src=...></span>`, an icon from
 *      `:::image type="icon":::` without alt-text (src/msdocs/remark/images.ts).
 *      Also `<span class="msdocs-decorative">`: a content image whose alt text
 *      is missing in an imported article (a content defect, ./defects.ts),
 *      with the image directly inside or inside a link.
 * Out: the same with `alt=""` on the image.
 * Docusaurus' image plugin drops an empty alt when it turns the image into
 * JSX; without the attribute a screen reader reads the file name, and axe
 * (image-alt) fails the page. `alt=""` says: decoration, skip it.
 */
import type {Element, Root} from 'hast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';

const isIcon = (node: Element): boolean =>
  node.tagName === 'span' &&
  Array.isArray(node.properties.className) &&
  (node.properties.className.includes('msdocs-icon') ||
    node.properties.className.includes('msdocs-decorative'));

/** The span's children, and those of a link inside it. */
function imagesIn(span: Element): (Element | MdxJsxTextElement)[] {
  return (span.children as (Element | MdxJsxTextElement)[]).flatMap((child) =>
    child.type === 'element' && child.tagName === 'a'
      ? (child.children as (Element | MdxJsxTextElement)[])
      : child.type === 'mdxJsxTextElement' && child.name === 'a'
        ? (child.children as (Element | MdxJsxTextElement)[])
        : [child],
  );
}

export default function rehypeMsdocsDecorativeImages() {
  return (tree: Root): void => {
    visit(tree, 'element', (span: Element) => {
      if (!isIcon(span)) return;
      for (const child of imagesIn(span)) {
        if (
          child.type === 'element' &&
          child.tagName === 'img' &&
          child.properties.alt === undefined
        )
          child.properties.alt = '';
        if (
          child.type === 'mdxJsxTextElement' &&
          child.name === 'img' &&
          !child.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt')
        ) {
          child.attributes.push({type: 'mdxJsxAttribute', name: 'alt', value: ''});
        }
      }
    });
  };
}
