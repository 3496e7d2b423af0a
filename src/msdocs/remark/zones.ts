/**
 * remark plugin: DocFX zone pivots (one article, several variants).
 *
 * Markdown in:
 *   ::: zone pivot="windows"
 *   Open **Settings**.
 *   ::: zone-end
 *   ::: zone pivot="macos"
 *   Open **System Settings**.
 *   ::: zone-end
 * mdast out: consecutive zones become one set of tabs, the way Learn shows
 *   a pivot selector above the content, with the same `?pivots=` address:
 *   <Tabs groupId="pivots" queryString="pivots">
 *     <TabItem value="windows" label="windows">...</TabItem>
 *     <TabItem value="macos" label="macos">...</TabItem>
 *   </Tabs>
 * `::: zone target="docs"` renders its content; `target="chromeless"`
 * (content for Microsoft's embedded help panes) is left out.
 */
import type {Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {pairBlocks} from './blocks';
import {defectBox, jsxFlow} from './nodes';

const PIVOT = /^[a-z0-9][a-z0-9_.-]*(?:\s*,\s*[a-z0-9][a-z0-9_.-]*)*$/i;

export default function remarkMsdocsZones(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    const tabItems = new WeakSet<object>();
    let found = false;
    pairBlocks(
      ctx,
      tree,
      'zone',
      {open: 'zone', close: 'zone-end'},
      ({open, attributes, inner}) => {
        found = true;
        const {pivot, target} = attributes;
        if (target !== undefined && pivot === undefined) {
          if (target === 'docs') return inner;
          if (target === 'chromeless') return [];
          defect(
            ctx,
            open,
            'zone',
            `unknown target "${target}"; expected target="docs" or target="chromeless"`,
            'shown',
          );
          return [inheritOrigin(defectBox('zone'), open), ...inner];
        }
        if (!pivot || !PIVOT.test(pivot.trim())) {
          defect(
            ctx,
            open,
            'zone',
            `"${open.value}" has no usable pivot; expected ::: zone pivot="name" (names separated by commas)`,
            'shown',
          );
          return [inheritOrigin(defectBox('zone'), open), ...inner];
        }
        const value = pivot
          .split(',')
          .map((p) => p.trim())
          .join(',');
        const item = jsxFlow(
          'TabItem',
          {value, label: value.split(',').join(', ')},
          inner as never,
        );
        item.position = open.position;
        tabItems.add(item);
        return [item];
      },
    );
    if (!found) return;

    const group = (parent: Parent): void => {
      const out: RootContent[] = [];
      let tabs: MdxJsxFlowElement | undefined;
      for (const child of parent.children as RootContent[]) {
        if (!tabItems.has(child)) {
          tabs = undefined;
          out.push(child);
          if ('children' in child) group(child as Parent);
          continue;
        }
        group(child as Parent);
        if (!tabs) {
          tabs = jsxFlow('Tabs', {groupId: 'pivots', queryString: 'pivots'}, []);
          out.push(tabs);
        }
        const value = (child as MdxJsxFlowElement).attributes.find(
          (a) => 'name' in a && a.name === 'value',
        )?.value;
        const taken = tabs.children.some((t) =>
          (t as MdxJsxFlowElement).attributes.some(
            (a) => 'name' in a && a.name === 'value' && a.value === value,
          ),
        );
        if (taken) {
          defect(
            ctx,
            child,
            'zone',
            `pivot "${String(value)}" appears twice in a row; expected each pivot once per group of zones`,
            'shown',
          );
          // The second zone's content after the tabs, under the box.
          out.push(inheritOrigin(defectBox('zone'), child));
          out.push(...((child as MdxJsxFlowElement).children as RootContent[]));
          tabs = undefined;
          continue;
        }
        tabs.children.push(child as MdxJsxFlowElement);
      }
      parent.children = out as typeof parent.children;
    };
    group(tree);
  };
}
