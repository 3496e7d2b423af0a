/**
 * remark plugin: DocFX rows and columns.
 *
 * Markdown in:
 *   :::row:::
 *      :::column span="2":::
 *      Licenses you buy ...
 *      :::column-end:::
 *      :::column:::
 *      ...
 *      :::column-end:::
 *   :::row-end:::
 * HTML out: <div class="msdocs-row"><div class="msdocs-column" data-span="2">...</div>...</div>
 * A CSS grid (src/css/msdocs.css): columns side by side on wide screens,
 * stacked on phones, in source order.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {createContext, defect, type MsdocsOptions} from './context';
import {pairBlocks} from './blocks';
import {container, type HProperties} from './nodes';

export default function remarkMsdocsGrid(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    pairBlocks(
      ctx,
      tree,
      'column',
      {open: 'column', close: 'column-end'},
      ({open, attributes, inner}) => {
        let span = attributes.span;
        if (span !== undefined && !/^[1-4]$/.test(span)) {
          // DocFX takes span="" (and any span it can't read) as one column.
          defect(
            ctx,
            open,
            'column',
            `span="${span}"; expected a number of columns from 1 to 4`,
            'repaired',
          );
          span = undefined;
        }
        const props: HProperties = {className: ['msdocs-column']};
        if (span) props.dataSpan = span;
        return [Object.assign(container('div', props, inner as never), {position: open.position})];
      },
    );
    pairBlocks(ctx, tree, 'row', {open: 'row', close: 'row-end'}, ({open, inner}) => [
      Object.assign(container('div', {className: ['msdocs-row']}, inner as never), {
        position: open.position,
      }),
    ]);
  };
}
