/**
 * Pairs DocFX opening and closing block lines that sit at the same level.
 *
 * In:  a tree holding `docfxBlock` lines (./syntax.ts), the opening and
 *      closing names (`moniker` / `moniker-end`), and what to put in place
 *      of an opening line, the nodes between and the closing line.
 * Out: the tree with each pair replaced, innermost pairs first. An unpaired
 *      line fails the build with its file and line (a content defect: in an
 *      imported article the line becomes the "could not be shown" box and
 *      what follows it is shown as written).
 *
 * Pairs must share a parent (both in the same list item, block quote or at
 * the top): the syntax extension already ends lazy list items at such lines,
 * so a pair that still straddles a container is a real authoring error.
 */
import type {Parent, RootContent} from 'mdast';
import type {Context} from './context';
import {defect, inheritOrigin} from './context';
import {defectBox, type DocfxBlock} from './nodes';
import {parseDocfxBlock} from './syntax';

export interface BlockPair {
  open: DocfxBlock;
  attributes: Record<string, string>;
  inner: RootContent[];
  close: DocfxBlock;
}

export function pairBlocks(
  ctx: Context,
  tree: Parent,
  construct: string,
  names: {open: string; close: string},
  replace: (pair: BlockPair) => RootContent[],
): void {
  const walk = (parent: Parent): void => {
    for (const child of parent.children) if ('children' in child) walk(child as Parent);
    const children = parent.children as RootContent[];
    const stack: number[] = [];
    for (let i = 0; i < children.length; i += 1) {
      const node = children[i];
      if (node?.type !== 'docfxBlock') continue;
      const parsed = parseDocfxBlock(node.value);
      if (parsed?.kind !== 'colon') continue;
      if (parsed.name === names.open) stack.push(i);
      else if (parsed.name === names.close) {
        const start = stack.pop();
        if (start === undefined) {
          defect(
            ctx,
            node,
            construct,
            `"${node.value}" closes nothing; expected a "${names.open}" line before it at the same level (same list item or block quote)`,
            'shown',
          );
          children[i] = inheritOrigin(defectBox(construct), node);
          continue;
        }
        const open = children[start] as DocfxBlock;
        const opened = parseDocfxBlock(open.value);
        const replacement = replace({
          open,
          attributes: opened?.kind === 'colon' ? opened.attributes : {},
          inner: children.slice(start + 1, i),
          close: node,
        });
        children.splice(start, i - start + 1, ...replacement);
        i = start + replacement.length - 1;
      }
    }
    for (const unclosed of stack.reverse()) {
      const open = children[unclosed] as DocfxBlock;
      defect(
        ctx,
        open,
        construct,
        `"${open.value}" is never closed; expected a "${names.close}" line after it at the same level (same list item or block quote)`,
        'shown',
      );
      children[unclosed] = inheritOrigin(defectBox(construct), open);
    }
  };
  walk(tree);
}
