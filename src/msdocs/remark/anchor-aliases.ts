/**
 * remark plugin: old section addresses kept after a heading is renamed.
 *
 * Markdown in (front matter, English source; the translation inherits it):
 *   anchor_aliases: {old-id: new-id}
 *   ## <a name="new-id"></a>New title
 * Markdown in (DocFX style, either form):
 *   ## <a name="new-id"></a><a name="old-id"></a>New title
 *   <a name="old-id"></a>
 *   ## New title
 * HTML out, just before the heading:
 *   <a id="old-id" data-anchor-alias="new-id" class="msdocs-anchor-alias"></a>
 *   <h2 id="new-id">New title</h2>
 *
 * Why: agents paste `page#section` into tickets that live for years. The
 * empty element with the old id is what a browser scrolls to without
 * JavaScript (the class gives it the navbar's scroll margin); with
 * JavaScript, src/links/anchorAliasClient.ts reads `data-anchor-alias` to
 * say which section it now is. It is an `<a>` like the lone `<a name>`
 * targets (./html.ts), so Docusaurus' broken-anchor check knows the id.
 * Ids are the same in both languages: a translation gets the English
 * source's aliases (and its own, if it declares any); the alias is left out
 * where the page still has a section with the old id (an outdated
 * translation). An alias to no section heading of the article, or of an id
 * the article still has, is a content defect in the file that declares it.
 * The build's ledger check (scripts/links/) suggests these aliases.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Heading, Parent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {parse as parseYaml} from 'yaml';
import {createContext, defect, type Context, type MsdocsOptions} from './context';
import {container, type MsdocsContainer} from './nodes';
import {idsOf} from './links';

/** The class the site's CSS (src/css/msdocs.css) and the client module know the marker by. */
export const ALIAS_CLASS = 'msdocs-anchor-alias';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `anchor_aliases` of a front matter object, as the schema left it (src/msdocs/frontmatter.ts). */
function aliasesOf(frontMatter: unknown): Record<string, string> {
  const value = (frontMatter as {anchor_aliases?: unknown} | undefined)?.anchor_aliases;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/**
 * The aliases the English source of a translation declares. Its values are
 * validated when the English page is built; here a file that can't be read
 * gives none.
 */
function sourceAliases(ctx: Context): Record<string, string> {
  const where = ctx.where;
  if (!where || where.contentRoot === where.sourceRoot) return {};
  try {
    const text = fs.readFileSync(path.join(where.sourceRoot, where.relPath), 'utf8');
    const yaml = where.relPath.endsWith('.yml')
      ? (parseYaml(text) as {metadata?: unknown} | null)?.metadata
      : parseYaml(FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''))?.[1] ?? '');
    return aliasesOf(yaml);
  } catch {
    return {};
  }
}

/** A paragraph holding only a lone `<a id>` target (./html.ts). */
function loneTarget(node: RootContent | undefined): MsdocsContainer | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const only = node.children[0];
  if (only?.type !== 'msdocsContainer' || only.data.hName !== 'a') return undefined;
  return only.children.length === 0 && typeof only.data.hProperties?.id === 'string'
    ? only
    : undefined;
}

function marker(from: string, to: string): MsdocsContainer {
  return container('a', {id: from, [ALIAS_PROPERTY]: to, className: [ALIAS_CLASS]}, []);
}

/** `data-anchor-alias` (read by src/links/anchorAliasClient.ts) as a hast property name. */
const ALIAS_PROPERTY = 'dataAnchorAlias';

export default function remarkMsdocsAnchorAliases(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    const own = aliasesOf(file.data.frontMatter);
    const aliases = new Map(Object.entries({...sourceAliases(ctx), ...own}));
    const ids = idsOf(tree);

    // Where each section heading is, and the DocFX-style aliases found on the way.
    const headings = new Map<string, {heading: Heading; parent: Parent}>();
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      // Sections: the title (h1) is the page itself.
      if (node.type === 'heading' && node.depth > 1) {
        const id = node.data?.hProperties?.id;
        if (typeof id !== 'string') return;
        headings.set(id, {heading: node, parent});
        for (const old of node.data?.anchorAliases ?? []) if (!ids.has(old)) aliases.set(old, id);
        // `<a name="old"></a>` on the line before: already a target; now it says where it leads.
        const before = loneTarget(parent.children[index - 1] as RootContent | undefined);
        if (before && before.data.hProperties?.id !== id) {
          before.data.hProperties![ALIAS_PROPERTY] = id;
          before.data.hProperties!.className = [ALIAS_CLASS];
        }
      }
    });

    for (const [from, to] of aliases) {
      const declared = own[from] === to;
      const target = headings.get(to);
      if (ids.has(from)) {
        if (declared)
          defect(
            ctx,
            undefined,
            'anchor alias',
            `anchor_aliases: ${from}: ${to}: this article still has an id "${from}"; ` +
              'expected the id of a section that is gone (remove the alias, or rename the section)',
            'dropped-value',
          );
        continue;
      }
      if (!target) {
        if (declared)
          defect(
            ctx,
            undefined,
            'anchor alias',
            `anchor_aliases: ${from}: ${to}: no section heading with id "${to}" in this article ` +
              `(headings: ${[...headings.keys()].join(', ') || 'none'}); expected the id of the ` +
              `section that replaced "${from}"`,
            'dropped-value',
          );
        continue;
      }
      const {heading, parent} = target;
      parent.children.splice(parent.children.indexOf(heading), 0, marker(from, to));
      ids.add(from);
    }
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The page's front matter, as Docusaurus' MDX loader hands it over. */
    frontMatter: Record<string, unknown>;
  }
}
