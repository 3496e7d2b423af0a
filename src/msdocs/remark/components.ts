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
 * there is nothing to do. Mistakes fail the build with file and line: an
 * unknown component (`<DecisionTabel>`), a tag never closed or closed by
 * another, text beside a tag, a component tag inside running text.
 */
import type {Html, Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {Tokenizer, type Token} from 'parse5';
import {visit} from 'unist-util-visit';

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

export interface ComponentsOptions {
  /** Component names to accept; defaults to MARKDOWN_COMPONENTS. */
  components?: readonly string[];
}

interface Tag {
  kind: 'start' | 'end';
  /** As written (`DecisionRow`), not lower-cased as HTML reads it. */
  name: string;
  attributes: Array<{name: string; value: string}>;
  selfClosing: boolean;
  /** Line of the tag within the HTML it was read from (1-based). */
  line: number;
}

type Read = {tags: Tag[]; other: boolean};

/** The tags in a piece of raw HTML, read by a browser's tokenizer. */
function readTags(html: string): Read {
  const tags: Tag[] = [];
  let other = false;
  const tag = (kind: Tag['kind']) => (token: Token.TagToken) => {
    const at = token.location?.startOffset ?? 0;
    const written = /^<\/?([A-Za-z][\w-]*)/.exec(html.slice(at))?.[1] ?? token.tagName;
    tags.push({
      kind,
      name: written,
      attributes: token.attrs.map(({name, value}) => ({name, value})),
      selfClosing: token.selfClosing,
      line: token.location?.startLine ?? 1,
    });
  };
  const tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: true},
    {
      onStartTag: tag('start'),
      onEndTag: tag('end'),
      onComment: () => (other = true),
      onDoctype: () => (other = true),
      onCharacter: () => (other = true),
      onNullCharacter: () => (other = true),
      onWhitespaceCharacter: () => undefined,
      onEof: () => undefined,
    },
  );
  tokenizer.write(html, true);
  return {tags, other};
}

/** Component-like: written with a capital first letter, as JSX components are. */
const looksLikeComponent = (name: string): boolean => /^[A-Z]/.test(name);

export default function remarkMsdocsComponents(options: ComponentsOptions = {}) {
  const known = new Set<string>(options.components ?? MARKDOWN_COMPONENTS);
  const expected = [...known].map((n) => `<${n}>`).join(', ');

  return (tree: Root, file: VFile): void => {
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
      const {tags, other} = readTags(raw);
      const components = tags.filter((t) => looksLikeComponent(t.name));
      if (components.length === 0) return undefined;
      for (const t of components) {
        if (!known.has(t.name))
          file.fail(`Unknown component <${t.name}>; expected one of ${expected}.`, node);
      }
      if (other || components.length !== tags.length) {
        file.fail(
          `<${components[0]!.name}> shares its lines with other HTML or text; expected component tags on lines of their own, with a blank line before the Markdown inside.`,
          node,
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
            const element: MdxJsxFlowElement = {
              type: 'mdxJsxFlowElement',
              name: tag.name,
              attributes: tag.attributes.map(({name, value}) => ({
                type: 'mdxJsxAttribute',
                name,
                value,
              })),
              children: [],
              position: node.position,
            };
            append(element);
            if (!tag.selfClosing) open.push({element, from: node, line: lineOf(tag, node)});
            continue;
          }
          const top = open.pop();
          const at = lineOf(tag, node);
          const where = {place: at ? {line: at, column: 1} : node.position};
          if (!top)
            file.fail(
              `</${tag.name}> closes nothing; expected an opening <${tag.name}> before it.`,
              where,
            );
          if (top.element.name !== tag.name) {
            file.fail(
              `</${tag.name}> closes <${top.element.name}>${top.line ? ` (line ${top.line})` : ''}; expected </${top.element.name}> first.`,
              where,
            );
          }
          if (top.element.position && node.position)
            top.element.position = {start: top.element.position.start, end: node.position.end};
        }
      }
      const unclosed = open.at(-1);
      if (unclosed) {
        file.fail(
          `<${unclosed.element.name}> is never closed; expected </${unclosed.element.name}> after its content.`,
          {place: unclosed.line ? {line: unclosed.line, column: 1} : unclosed.from.position},
        );
      }
      return out;
    };

    tree.children = rebuild(tree.children);

    // Whatever is left is a component tag inside running text: it would be
    // an unknown HTML element, so say so.
    visit(tree, 'html', (node) => {
      const name = readTags(node.value).tags.find((t) => looksLikeComponent(t.name))?.name;
      if (name)
        file.fail(
          `<${name}> inside a paragraph; expected component tags on lines of their own.`,
          node,
        );
    });
  };
}
