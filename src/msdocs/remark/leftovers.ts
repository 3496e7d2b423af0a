/**
 * remark plugin (runs last): DocFX syntax no plugin handled.
 *
 * In:  the tree after every other compatibility plugin.
 * Out: the same tree, or a build error naming the file, the line and the
 *      construct, for
 *   - a DocFX block line nobody consumed (`:::code ...:::`, an unpaired
 *     `::: moniker-end`, `:::image-end:::` without its image ...);
 *   - `[!WORD` or `:::` still in the text (`> [!NOTE2]`, `[!code-csharp[...]]`);
 *   - DocFX tabs (`# [Windows](#tab/windows)`), which this site doesn't render;
 *   - raw HTML with a tag that is no HTML element: a placeholder such as
 *     `<your domain>` (a browser would swallow it), shown as text in an
 *     imported article (component-like ones: ./components.ts).
 * Code blocks and inline code are not looked at: they show syntax on purpose.
 * Unknown syntax never vanishes and never reaches the page as raw text: in
 * an imported article (../defects.ts) it is replaced by the "This part could
 * not be shown" box (a tab link keeps its words, followed by the box).
 */
import type {PhrasingContent, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {defectBox} from './nodes';
import {showPlaceholders} from './components';
import {isHtmlElement} from './tags';

const LEFT_AS_TEXT = /\[!\s*[A-Za-z][\w-]*|:::/;

/** Where the construct that starts at `from` ends: its `]` or closing `:::`, else the line's end. */
function constructEnd(value: string, from: number, opening: string): number {
  const close = opening === ':::' ? value.indexOf(':::', from + 3) : value.indexOf(']', from);
  const eol = value.indexOf('\n', from);
  const end = close === -1 ? -1 : close + (opening === ':::' ? 3 : 1);
  if (end !== -1 && (eol === -1 || end <= eol)) return end;
  return eol === -1 ? value.length : eol;
}

export default function remarkMsdocsLeftovers(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    showPlaceholders(
      ctx,
      tree,
      (t) => !isHtmlElement(t.name),
      (t) => [
        'placeholder',
        `<${t.written}> is not an HTML element (a placeholder?); expected HTML elements, or the placeholder written as \`<${t.written}>\``,
      ],
    );
    visit(tree, (node, index, parent) => {
      if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
      if (!parent || index === undefined) return undefined;
      if (node.type === 'docfxBlock') {
        defect(
          ctx,
          node,
          'DocFX',
          `"${node.value}" is not supported here (unknown construct, or a closing line without its opening); expected one of the constructs listed in the README (Microsoft Docs Markdown)`,
          'shown',
        );
        parent.children[index] = inheritOrigin(defectBox('DocFX'), node) as never;
        return SKIP;
      }
      if (node.type === 'text') {
        const out: PhrasingContent[] = [];
        let rest = node.value;
        for (let m = LEFT_AS_TEXT.exec(rest); m; m = LEFT_AS_TEXT.exec(rest)) {
          const line = rest.slice(Math.max(0, m.index - 10), m.index + 40).replace(/\s+/g, ' ');
          defect(
            ctx,
            node,
            'DocFX',
            `unknown or malformed construct "${m[0]}" in "${line.trim()}"; expected one of the constructs listed in the README (Microsoft Docs Markdown), or put it in \`code\` if it is meant as text`,
            'shown',
          );
          const end = constructEnd(rest, m.index, m[0].startsWith(':::') ? ':::' : '[!');
          if (m.index > 0) out.push({type: 'text', value: rest.slice(0, m.index)});
          out.push(defectBox('DocFX', true) as PhrasingContent);
          rest = rest.slice(end);
        }
        if (out.length === 0) return undefined;
        if (rest) out.push({type: 'text', value: rest} as Text);
        for (const n of out) inheritOrigin(n, node);
        parent.children.splice(index, 1, ...(out as never[]));
        return [SKIP, index + out.length];
      }
      if (node.type === 'link' && node.url.startsWith('#tab/')) {
        defect(
          ctx,
          node,
          'DocFX tabs',
          `"${node.url}" starts a DocFX tab group, which this site does not render; expected zone pivots (::: zone pivot="...") instead`,
          'shown',
        );
        const box = inheritOrigin(defectBox('DocFX tabs', true) as PhrasingContent, node);
        parent.children.splice(index, 1, ...(node.children as never[]), box as never);
        return [SKIP, index + node.children.length + 1];
      }
      return undefined;
    });
  };
}
