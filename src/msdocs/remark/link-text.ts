/**
 * remark plugin: links without text (machine-translation damage).
 *
 * Markdown in:  See [](../licenses/buy-licenses.md) for details.
 * Out:          the build fails: "docs/x.md:3:5: link: the link to
 *               "../licenses/buy-licenses.md" has no text; ..."
 * Machine translation sometimes moves a link's words out of the brackets;
 * the page would show an invisible link no reader or screen reader can use.
 * A link around an image with alt text is fine.
 */
import type {Link, LinkReference, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {createContext, fail, type MsdocsOptions} from './context';

function hasText(link: Link | LinkReference): boolean {
  if (toString(link, {includeImageAlt: true, includeHtml: false}).trim()) return true;
  let named = false;
  visit(link, (n) => {
    if ((n.type === 'mdxJsxTextElement' || n.type === 'msdocsContainer') && toString(n).trim())
      named = true;
  });
  return named;
}

export default function remarkMsdocsLinkText(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      if (hasText(node)) return;
      const target = node.type === 'link' ? node.url : `[${node.identifier}]`;
      fail(
        ctx,
        node,
        'link',
        `the link to "${target}" has no text (machine translation often moves it out of the brackets); expected [words a reader can follow](${node.type === 'link' ? node.url : '...'})`,
      );
    });
  };
}
