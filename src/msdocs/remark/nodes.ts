/**
 * mdast nodes the compatibility plugins add to the tree, and builders.
 *
 * - `docfxBlock`: one DocFX block line as written (`::: moniker range="x"`,
 *   `:::row:::`, `:::image ...:::`, `[!INCLUDE [t](p)]`), produced by the
 *   syntax extension in ./syntax.ts and consumed by the construct plugins.
 *   Any left at the end fail the build (./leftovers.ts).
 * - `msdocsContainer`: a plain HTML element with children (figure, div,
 *   span); `data.hName` / `data.hProperties` say which, so it reaches HTML
 *   through mdast-util-to-hast's default handler without React.
 * - JSX elements (`mdxJsxFlowElement`) for the components registered in
 *   src/theme/MDXComponents (Callout, Moniker, VideoCard, Tabs).
 */
import type {Data, Parent, Literal} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';

export interface DocfxBlock extends Literal {
  type: 'docfxBlock';
  data?: Data;
}

export interface MsdocsContainer extends Parent {
  type: 'msdocsContainer';
  data: Data & {hName: string; hProperties?: HProperties};
}

declare module 'mdast' {
  interface RootContentMap {
    docfxBlock: DocfxBlock;
    msdocsContainer: MsdocsContainer;
  }
  interface BlockContentMap {
    docfxBlock: DocfxBlock;
    msdocsContainer: MsdocsContainer;
  }
  interface PhrasingContentMap {
    msdocsContainer: MsdocsContainer;
  }
}

export type HProperties = Record<string, string | string[] | boolean>;

/** An HTML element with children, rendered without React. */
export function container(
  hName: string,
  hProperties: HProperties,
  children: MsdocsContainer['children'],
): MsdocsContainer {
  return {type: 'msdocsContainer', data: {hName, hProperties}, children};
}

/** A JSX element for a component registered in src/theme/MDXComponents. */
export function jsxFlow(
  name: string,
  attributes: Record<string, string | undefined>,
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
    children,
  };
}

/**
 * "This part could not be shown": the box (src/components/ContentDefect) put
 * in place of a part with a content defect (../defects.ts), naming the
 * construct (`:::image`, `include`...). Inline inside running text.
 */
export function defectBox(
  construct: string,
  inline = false,
): MdxJsxFlowElement | MdxJsxTextElement {
  const box = jsxFlow('ContentDefect', {construct, inline: inline ? 'true' : undefined}, []);
  return inline ? {...box, type: 'mdxJsxTextElement', children: []} : box;
}
