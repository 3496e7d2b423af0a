/**
 * remark plugin: DocFX includes.
 *
 * Markdown in (block, a line of its own):
 *   [!INCLUDE [Defender rebranding](../includes/microsoft-defender.md)]
 * Markdown in (inline, inside a sentence):
 *   Sign in with [!include[admin](includes/admin-role.md)] rights.
 * mdast out: the included file's content in place of the line (or, inline,
 *   the phrasing content of its single paragraph), front matter dropped.
 *
 * Paths are relative to the file that contains the include (includes inside
 * includes work); a translation that lacks an include uses the English one
 * (../files.ts). A missing file or a cycle fails the build naming both files.
 * Included nodes remember their file (context.setOrigin), so later plugins
 * resolve links and images from there and report errors at its lines.
 * Files in `includes/` folders are not pages (docusaurus.config.ts excludes them).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root, RootContent, Parent, PhrasingContent, Text, Link} from 'mdast';
import type {Node} from 'unist';
import type {Processor} from 'unified';
import {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {resolveContentFile} from '../files';
import {
  createContext,
  defect,
  displayPath,
  includeChain,
  inheritOrigin,
  originOf,
  setOrigin,
  type Context,
  type MsdocsOptions,
  type Origin,
} from './context';
import {parseDocfxBlock} from './syntax';
import {defectBox} from './nodes';
import {hasScheme, safeDecode} from './urls';

const CONSTRUCT = 'include';
const INLINE_OPEN = /\[!include\s*$/i;

/** The included file; undefined (reported) when there is none. */
function resolveInclude(
  ctx: Context,
  node: Node,
  from: Origin,
  target: string,
): string | undefined {
  if (!target || hasScheme(target) || target.startsWith('/')) {
    defect(
      ctx,
      node,
      CONSTRUCT,
      `"${target}" is not a relative path; expected [!INCLUDE [title](relative/path.md)]`,
      'shown',
    );
    return undefined;
  }
  const wanted = path.resolve(path.dirname(from.path), safeDecode(target));
  const found = resolveContentFile(ctx.siteDir, wanted);
  if (!found) {
    defect(
      ctx,
      node,
      CONSTRUCT,
      `${displayPath(ctx, from.path)} includes "${target}", but ${displayPath(ctx, wanted)} does not exist; expected a Markdown file at that path relative to the including file`,
      'shown',
    );
  }
  return found;
}

export default function remarkMsdocsIncludes(this: Processor, options: MsdocsOptions = {}) {
  /** Parses with this processor's syntax extensions (an arrow keeps `this`). */
  const parse = (file: VFile): Root => this.parse(file) as Root;

  /**
   * Parses an included file into nodes that remember where they came from;
   * undefined (reported) when it can't be included.
   */
  function load(ctx: Context, node: Node, from: Origin, target: string): RootContent[] | undefined {
    const file = resolveInclude(ctx, node, from, target);
    if (file === undefined) return undefined;
    const chain = includeChain(from).reverse();
    if (chain.includes(file)) {
      const names = [...chain.slice(chain.indexOf(file)), file].map((p) => displayPath(ctx, p));
      defect(
        ctx,
        node,
        CONSTRUCT,
        `include cycle: ${names.join(' includes ')}; expected includes that end`,
        'shown',
      );
      return undefined;
    }
    const source = fs.readFileSync(file, 'utf8');
    const origin: Origin = {
      path: file,
      source,
      includedFrom: {origin: from, line: node.position?.start.line ?? 0},
    };
    const tree = parse(new VFile({path: file, value: source}));
    tree.children = tree.children.filter((c) => c.type !== 'yaml' && (c.type as string) !== 'toml');
    visit(tree, (n) => {
      setOrigin(n, origin);
    });
    expand(ctx, tree);
    return tree.children;
  }

  function expand(ctx: Context, tree: Root): void {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'docfxBlock') {
        const parsed = parseDocfxBlock(node.value);
        if (parsed?.kind !== 'include') return undefined;
        const content = load(ctx, node, originOf(ctx, node), parsed.path) ?? [
          inheritOrigin(defectBox(CONSTRUCT), node),
        ];
        parent.children.splice(index, 1, ...(content as typeof parent.children));
        return [SKIP, index + content.length];
      }
      if (node.type === 'link') return expandInline(ctx, node, index, parent);
      return undefined;
    });
  }

  /** `text "[!INCLUDE "` + link + `text "]..."` inside a paragraph. */
  function expandInline(
    ctx: Context,
    link: Link,
    index: number,
    parent: Parent,
  ): [typeof SKIP, number] | undefined {
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    if (before?.type !== 'text' || after?.type !== 'text') return undefined;
    if (!INLINE_OPEN.test(before.value) || !after.value.startsWith(']')) return undefined;
    const content = load(ctx, link, originOf(ctx, link), link.url);
    const blocks = (content ?? []).filter(
      (c) => c.type !== 'html' || !/^<!--[\s\S]*-->$/.test(c.value.trim()),
    );
    let phrasing: PhrasingContent[] = blocks[0]?.type === 'paragraph' ? blocks[0].children : [];
    let shown = content !== undefined;
    if (blocks.length > 1 || (blocks[0] && blocks[0].type !== 'paragraph')) {
      defect(
        ctx,
        link,
        CONSTRUCT,
        `"${link.url}" is included inside a sentence but holds ${blocks.length} blocks; expected a single paragraph (or put the include on a line of its own)`,
        'shown',
      );
      shown = false;
    }
    if (!shown) phrasing = [inheritOrigin(defectBox(CONSTRUCT, true) as PhrasingContent, link)];
    before.value = before.value.replace(INLINE_OPEN, '');
    (after as Text).value = after.value.slice(1);
    parent.children.splice(index, 1, ...(phrasing as typeof parent.children));
    return [SKIP, index + phrasing.length] as [typeof SKIP, number];
  }

  return (tree: Root, file: VFile): void => {
    expand(createContext(options, file), tree);
  };
}
