/**
 * remark plugin (runs last): DocFX syntax no plugin handled.
 *
 * In:  the tree after every other compatibility plugin.
 * Out: the same tree, or a build error naming the file, the line and the
 *      construct, for
 *   - a DocFX block line nobody consumed (`:::code ...:::`, an unpaired
 *     `::: moniker-end`, `:::image-end:::` without its image ...);
 *   - `[!WORD` or `:::` still in the text (`> [!NOTE2]`, `[!code-csharp[...]]`);
 *   - DocFX tabs (`# [Windows](#tab/windows)`), which this site doesn't render.
 * Code blocks and inline code are not looked at: they show syntax on purpose.
 * Unknown syntax never vanishes and never reaches the page as raw text.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {createContext, fail, type MsdocsOptions} from './context';

const LEFT_AS_TEXT = /\[!\s*[A-Za-z][\w-]*|:::/;

export default function remarkMsdocsLeftovers(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
      if (node.type === 'docfxBlock') {
        fail(
          ctx,
          node,
          'DocFX',
          `"${node.value}" is not supported here (unknown construct, or a closing line without its opening); expected one of the constructs listed in the README (Microsoft Docs Markdown)`,
        );
      }
      if (node.type === 'text') {
        const m = LEFT_AS_TEXT.exec(node.value);
        if (m) {
          const line = node.value
            .slice(Math.max(0, m.index - 10), m.index + 40)
            .replace(/\s+/g, ' ');
          fail(
            ctx,
            node,
            'DocFX',
            `unknown or malformed construct "${m[0]}" in "${line.trim()}"; expected one of the constructs listed in the README (Microsoft Docs Markdown), or put it in \`code\` if it is meant as text`,
          );
        }
      }
      if (node.type === 'link' && node.url.startsWith('#tab/')) {
        fail(
          ctx,
          node,
          'DocFX tabs',
          `"${node.url}" starts a DocFX tab group, which this site does not render; expected zone pivots (::: zone pivot="...") instead`,
        );
      }
      return undefined;
    });
  };
}
