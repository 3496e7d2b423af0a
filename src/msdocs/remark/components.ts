/**
 * remark plugin: site components written as tags in CommonMark (.md) articles.
 *
 * Microsoft's articles are CommonMark, where `<DecisionTable question="...">`
 * is raw HTML: a browser would get an unknown <decisiontable> element. This
 * plugin turns tags naming a component registered in src/theme/MDXComponents
 * into JSX elements, pairing each opening tag with its closing tag at the
 * same level and taking the Markdown in between as children (so links in it
 * still go through ./links.ts):
 *
 * Markdown in:
 *   <Callout type="important">
 *
 *   Licenses **can't** be moved between tenants.
 *
 *   </Callout>
 * mdast out:
 *   mdxJsxFlowElement Callout {type: "important"} > paragraph > ...
 *
 * Tags go on lines of their own (several tags may share a block, and an
 * opening tag may span lines). Attribute names are read in lower case, values
 * with HTML entities decoded. In .mdx files these tags are JSX already and
 * there is nothing to do. Mistakes fail the build with file and line (in
 * the file they are written in, with the chain of includes): an unknown
 * component (`<DecisionTabel>`), a tag never closed or closed by another,
 * text beside a tag, a component tag inside running text.
 *
 * Placeholders: a tag that is neither a component nor an HTML element
 * (`<TenantName>`, `<your domain>`) is a content defect (../defects.ts); in
 * an imported article it is shown as the literal text `<TenantName>`.
 */
import type {Html, Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {
  createContext,
  defect,
  fail,
  inheritOrigin,
  type Context,
  type MsdocsOptions,
} from './context';
import {readTags, type Tag} from './tags';

/** Components an article may use as tags (registered in src/theme/MDXComponents). */
export const MARKDOWN_COMPONENTS = [
  'Callout',
  'DecisionTable',
  'DecisionRow',
  // Written by src/msdocs/yaml for FAQ and landing pages.
  'FaqStructuredData',
  'Landing',
  'LandingCard',
  'LandingLinkList',
] as const;

export interface ComponentsOptions extends MsdocsOptions {
  /** Component names to accept; defaults to MARKDOWN_COMPONENTS. */
  components?: readonly string[];
}

/** Component-like: written with a capital first letter, as JSX components are. */
const looksLikeComponent = (name: string): boolean => /^[A-Z]/.test(name);

const isMarkup = (t: Tag): boolean => t.kind === 'start' || t.kind === 'end';

/** A node at a line of a multi-line block, for messages (same file as the block). */
function atLine(block: Node, line: number | undefined): Node {
  if (!line || !block.position) return block;
  const place = {line, column: 1};
  return inheritOrigin({type: 'html', position: {start: place, end: place}}, block);
}

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/**
 * Raw HTML holding a tag that `isPlaceholder` picks: a content defect; in an
 * imported article the HTML is shown as the text it was written as.
 */
export function showPlaceholders(
  ctx: Context,
  tree: Root,
  isPlaceholder: (tag: Tag) => boolean,
  describe: (tag: Tag) => [construct: string, message: string],
): void {
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const tag = readTags(node.value).find((t) => isMarkup(t) && isPlaceholder(t));
    if (!tag) return undefined;
    defect(ctx, node, ...describe(tag), 'repaired');
    const text = inheritOrigin({type: 'text', value: node.value, position: node.position}, node);
    parent.children[index] = (
      PHRASING_PARENTS.has(parent.type)
        ? text
        : inheritOrigin({type: 'paragraph', children: [text], position: node.position}, node)
    ) as never;
    return SKIP;
  });
}

export default function remarkMsdocsComponents(options: ComponentsOptions = {}) {
  const known = new Set<string>(options.components ?? MARKDOWN_COMPONENTS);
  const expected = [...known].map((n) => `<${n}>`).join(', ');

  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);

    // Unknown component-like tags first: `<TenantName>` is a placeholder
    // its author meant to show (the other placeholders: ./leftovers.ts).
    showPlaceholders(
      ctx,
      tree,
      (t) => looksLikeComponent(t.written) && !known.has(t.written),
      (t) => [
        'component',
        `Unknown component <${t.written}>; expected one of ${expected} (or a placeholder written as \`<${t.written}>\`)`,
      ],
    );

    /** The raw HTML of a block that holds only tags: an html node, or a paragraph of inline HTML. */
    const rawOf = (node: RootContent): string | undefined => {
      if (node.type === 'html') return node.value;
      if (node.type !== 'paragraph' || node.children.length === 0) return undefined;
      if (!node.children.some((c) => c.type === 'html')) return undefined;
      if (
        !node.children.every(
          (c) => c.type === 'html' || (c.type === 'text' && c.value.trim() === ''),
        )
      )
        return undefined;
      return node.children.map((c) => (c as Html).value).join('');
    };

    /** The component tags of a block, or undefined when it is something else. */
    const componentTags = (node: RootContent): Tag[] | undefined => {
      const raw = rawOf(node);
      if (raw === undefined) return undefined;
      const tags = readTags(raw);
      const components = tags.filter((t) => isMarkup(t) && looksLikeComponent(t.written));
      if (components.length === 0) return undefined;
      if (components.length !== tags.length) {
        fail(
          ctx,
          node,
          'component',
          `<${components[0]!.written}> shares its lines with other HTML or text; expected component tags on lines of their own, with a blank line before the Markdown inside.`,
        );
      }
      return tags;
    };

    /** Where a tag starts in the article, for messages. */
    const lineOf = (tag: Tag, node: RootContent): number | undefined =>
      node.position ? node.position.start.line + tag.line - 1 : undefined;

    const rebuild = (children: RootContent[]): RootContent[] => {
      const out: RootContent[] = [];
      const open: Array<{element: MdxJsxFlowElement; from: RootContent; line?: number}> = [];
      const append = (node: RootContent): void => {
        (open.length ? (open.at(-1)!.element.children as RootContent[]) : out).push(node);
      };
      for (const node of children) {
        const tags = componentTags(node);
        if (!tags) {
          if ('children' in node && node.type !== 'paragraph')
            (node as Parent).children = rebuild((node as Parent).children as RootContent[]);
          append(node);
          continue;
        }
        for (const tag of tags) {
          if (tag.kind === 'start') {
            const element: MdxJsxFlowElement = inheritOrigin(
              {
                type: 'mdxJsxFlowElement',
                name: tag.written,
                attributes: tag.attributes.map(({name, value}) => ({
                  type: 'mdxJsxAttribute',
                  name,
                  value,
                })),
                children: [],
                position: node.position,
              },
              node,
            );
            append(element);
            if (!tag.selfClosing) open.push({element, from: node, line: lineOf(tag, node)});
            continue;
          }
          const top = open.pop();
          const where = atLine(node, lineOf(tag, node));
          if (!top)
            fail(
              ctx,
              where,
              'component',
              `</${tag.written}> closes nothing; expected an opening <${tag.written}> before it.`,
            );
          if (top.element.name !== tag.written) {
            fail(
              ctx,
              where,
              'component',
              `</${tag.written}> closes <${top.element.name}>${top.line ? ` (line ${top.line})` : ''}; expected </${top.element.name}> first.`,
            );
          }
          if (top.element.position && node.position)
            top.element.position = {start: top.element.position.start, end: node.position.end};
        }
      }
      const unclosed = open.at(-1);
      if (unclosed) {
        fail(
          ctx,
          atLine(unclosed.from, unclosed.line),
          'component',
          `<${unclosed.element.name}> is never closed; expected </${unclosed.element.name}> after its content.`,
        );
      }
      return out;
    };

    tree.children = rebuild(tree.children);

    // Whatever is left is a component tag inside running text: it would be
    // an unknown HTML element, so say so.
    visit(tree, 'html', (node) => {
      const name = readTags(node.value).find(
        (t) => isMarkup(t) && looksLikeComponent(t.written),
      )?.written;
      if (name)
        fail(
          ctx,
          node,
          'component',
          `<${name}> inside a paragraph; expected component tags on lines of their own.`,
        );
    });
  };
}
