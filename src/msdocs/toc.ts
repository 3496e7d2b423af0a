/**
 * Microsoft's `toc.yml` navigation, read as data and turned into Docusaurus
 * sidebar items. Pure: every file look-up goes through the caller.
 *
 * In:  the text of a `toc.yml` (a top-level list, as the Turkish repository
 *      writes it, or an `items:` root, as the English one does); entries have
 *      `name`, `href`, `items`, `expanded`, `displayName`. For a translation,
 *      the English entries too.
 * Out: sidebar items, in toc order:
 *   - `x.md`                -> a `doc` item labelled with the toc name
 *   - `x.yml`               -> a `link` to the page's route (`index.yml`: its folder)
 *   - `https://...`         -> a `link` (external)
 *   - `folder/` or `folder/toc.yml` -> a category holding that toc's entries
 *   - `items`               -> a category; with an `href` too, the category
 *                              links to that page (a `.yml` page: first item)
 *   A translation's toc gives labels, order and nesting; an English entry it
 *   lacks (matched by href) is placed after its English predecessor.
 *
 * An entry pointing at a missing file is a content defect naming
 * `toc.yml:line`: thrown for the team's own content, or (`onMissing: 'warn'`,
 * for imported docsets) left out of the sidebar, printed and recorded for the
 * content report (`tocDefects()`).
 *
 * Why: the imported docsets' readers know Microsoft's navigation; the folder
 * tree alone loses its names, order and links to landing and FAQ pages.
 */
import path from 'node:path';
import {isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';

export interface TocEntry {
  name: string;
  href?: string;
  displayName?: string;
  expanded?: boolean;
  items: TocEntry[];
  /** 1-based line of the entry (of its `href` when it has one). */
  line: number;
  /** The toc file the entry comes from, when not the one being converted (fallback). */
  source?: string;
}

/** The sidebar items this module emits (a subset of Docusaurus' normalized items). */
export type TocSidebarItem =
  | {type: 'doc'; id: string; label: string}
  | {type: 'link'; href: string; label: string}
  | {
      type: 'category';
      label: string;
      items: TocSidebarItem[];
      collapsed?: boolean;
      link?: {type: 'doc'; id: string};
    };

export interface TocDefect {
  /** Site-relative path of the toc file. */
  file: string;
  line: number;
  construct: 'toc';
  message: string;
  /** What was done about it. */
  action: string;
}

export class TocError extends Error {
  override name = 'TocError';
}

// ---------------------------------------------------------------- defects

const defects = new Map<string, TocDefect>();

/** Records a defect once (the sidebar may be generated more than once). */
export function recordTocDefect(defect: TocDefect): void {
  const key = `${defect.file}:${defect.line}:${defect.message}`;
  if (!defects.has(key)) defects.set(key, defect);
}

/** Every toc defect recorded in this process, in the order found. */
export function tocDefects(): TocDefect[] {
  return [...defects.values()];
}

/** For tests. */
export function clearTocDefects(): void {
  defects.clear();
}

// ---------------------------------------------------------------- parse

function scalar(node: unknown): string | undefined {
  if (node === null || node === undefined) return undefined;
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  return undefined;
}

/**
 * Reads a toc. `file` names it in errors. Throws TocError on YAML that isn't
 * a toc (not a list, an entry without `name`).
 */
export function parseToc(text: string, file: string): TocEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false});
  const lineOf = (node: YamlNode | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const fail = (node: YamlNode | null | undefined, what: string): never => {
    throw new TocError(`${file}:${lineOf(node)}: toc: ${what}`);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0]?.line ?? 1;
    throw new TocError(`${file}:${line}: toc: not valid YAML: ${error.message.split('\n')[0]}`);
  }

  let root: unknown = doc.contents;
  if (isMap(root)) {
    const items: unknown = root.get('items', true);
    if (!isSeq(items)) fail(root, 'expected a list of entries or an `items:` list');
    root = items;
  }
  if (root === null) return [];
  if (!isSeq(root)) return fail(root as YamlNode, 'expected a list of entries or an `items:` list');

  const readList = (seq: YamlNode): TocEntry[] => {
    if (!isSeq(seq)) return fail(seq, '`items` must be a list');
    return seq.items.map((item) => {
      if (!isMap(item)) return fail(item as YamlNode, 'an entry must be a mapping with `name`');
      const value = (key: string): string | undefined => {
        const node = item.get(key, true) as YamlNode | undefined;
        return scalar(node === undefined ? undefined : (node as {toJSON(): unknown}).toJSON());
      };
      const name = value('name') ?? value('displayName');
      if (!name) fail(item, 'an entry without `name`');
      const hrefNode = item.get('href', true) as YamlNode | undefined;
      const itemsNode = item.get('items', true) as YamlNode | undefined;
      const href = value('href');
      const displayName = value('displayName');
      const expanded = value('expanded');
      return {
        name: name!,
        ...(href ? {href} : {}),
        ...(displayName ? {displayName} : {}),
        ...(expanded !== undefined ? {expanded: expanded === 'true'} : {}),
        items: itemsNode && (itemsNode as unknown) !== null ? readList(itemsNode) : [],
        line: lineOf(href ? hrefNode : item),
      };
    });
  };
  return readList(root);
}

// ---------------------------------------------------------------- hrefs

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The content-relative path an href names (posix, no `#`/`?`), or undefined if external. */
export function resolveHref(tocDir: string, href: string): string | undefined {
  if (EXTERNAL.test(href) || href.startsWith('//')) return undefined;
  const bare = href.split(/[?#]/)[0]!;
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // Keep it as written.
  }
  const joined = decoded.startsWith('/')
    ? path.posix.normalize(decoded.slice(1))
    : path.posix.join(tocDir, decoded);
  return joined.endsWith('/') && joined.length > 1 ? joined.slice(0, -1) : joined;
}

const hrefKey = (tocDir: string, href: string): string =>
  (resolveHref(tocDir, href) ?? href).toLowerCase();

// ---------------------------------------------------------------- fallback

/**
 * A translation's entries completed with the English entries it lacks
 * (matched by href). Kept: the translation's names, order and nesting. An
 * English entry without a match goes after the translated counterpart of its
 * English predecessor, else into the counterpart of its English parent, else
 * at the end; a category whose hrefs are all missing comes whole.
 */
export function withFallback(
  translated: TocEntry[],
  english: TocEntry[],
  tocDir: string,
  englishFile: string,
): TocEntry[] {
  const clone = (entries: TocEntry[], source?: string): TocEntry[] =>
    entries.map((e) => ({...e, ...(source ? {source} : {}), items: clone(e.items, source)}));
  const root = clone(translated);
  // Every translated entry -> the list holding it; href -> translated entry.
  const listOf = new Map<TocEntry, TocEntry[]>();
  const byHref = new Map<string, TocEntry>();
  const index = (list: TocEntry[]): void => {
    for (const entry of list) {
      listOf.set(entry, list);
      if (entry.href) byHref.set(hrefKey(tocDir, entry.href), entry);
      index(entry.items);
    }
  };
  index(root);
  type Hit = {entry: TocEntry; list: TocEntry[]};
  const find = (e: TocEntry): Hit | undefined => {
    if (e.href) {
      const entry = byHref.get(hrefKey(tocDir, e.href));
      return entry ? {entry, list: listOf.get(entry)!} : undefined;
    }
    // A category without href: the translated category holding its first matched child.
    for (const child of e.items) {
      const matched = child.href ? byHref.get(hrefKey(tocDir, child.href)) : undefined;
      if (!matched) continue;
      const holder = listOf.get(matched);
      const owner = [...listOf.keys()].find((x) => x.items === holder);
      return owner ? {entry: owner, list: listOf.get(owner)!} : undefined;
    }
    return undefined;
  };
  const hasMatch = (e: TocEntry): boolean =>
    find(e) !== undefined || e.items.some((c) => hasMatch(c));

  const merge = (englishList: TocEntry[], parent: TocEntry | undefined): void => {
    let previous: Hit | undefined;
    for (const e of englishList) {
      const hit = find(e);
      if (hit) {
        previous = hit;
        if (e.items.length > 0) merge(e.items, hit.entry);
        continue;
      }
      if (e.href === undefined && e.items.length > 0 && hasMatch(e)) {
        merge(e.items, parent);
        continue;
      }
      const copy = clone([e], englishFile)[0]!;
      const list = previous?.list ?? parent?.items ?? root;
      const at = previous ? list.indexOf(previous.entry) + 1 : list.length;
      list.splice(at, 0, copy);
      listOf.set(copy, list);
      if (copy.href) byHref.set(hrefKey(tocDir, copy.href), copy);
      previous = {entry: copy, list};
    }
  };
  merge(english, undefined);
  return root;
}

// ---------------------------------------------------------------- sidebar

export interface TocSidebarOptions {
  /** The toc's path as messages name it (site-relative). */
  file: string;
  /** Content-relative folder of the toc (posix, `microsoft-365/commerce`). */
  tocDir: string;
  entries: TocEntry[];
  /** Route prefix of the version (`''` for the current one, `2021-08`). */
  versionPath: string;
  /** Doc id of a content-relative `.md` path, if that doc is on the site. */
  docId: (rel: string) => string | undefined;
  /** Whether a content-relative file (a `.yml` page) exists. */
  exists: (rel: string) => boolean;
  /** A nested toc (content-relative path of a `toc.yml`), if it exists. */
  readToc: (rel: string) => {file: string; entries: TocEntry[]} | undefined;
  /** 'throw' for the team's content, 'warn' for imported docsets. */
  onMissing: 'throw' | 'warn';
  /** Where warnings go (defaults to console.warn). */
  warn?: (message: string) => void;
  /** Also told of each defect (the content report); every defect is kept for tocDefects(). */
  onDefect?: (defect: TocDefect) => void;
}

/** The route of a `.yml` page: its path without `.yml`, `index.yml` its folder. */
export function ymlRoute(rel: string, versionPath: string): string {
  const route = rel.replace(/\.ya?ml$/i, '').replace(/(^|\/)index$/i, '');
  return `/${[versionPath, route].filter(Boolean).join('/')}`;
}

/** Sidebar items for a toc (see the header). */
export function tocSidebarItems(options: TocSidebarOptions): TocSidebarItem[] {
  const {versionPath, docId, exists, readToc, onMissing} = options;
  const warn = options.warn ?? ((m: string) => console.warn(m));

  const missing = (tocFile: string, entry: TocEntry, what: string): undefined => {
    const file = entry.source ?? tocFile;
    const message = `entry "${entry.name}" points at ${what}`;
    if (onMissing === 'throw') throw new TocError(`${file}:${entry.line}: toc: ${message}`);
    const action = 'left out of the sidebar';
    warn(`${file}:${entry.line}: toc: ${message}; ${action}`);
    const defect: TocDefect = {file, line: entry.line, construct: 'toc', message, action};
    recordTocDefect(defect);
    options.onDefect?.(defect);
    return undefined;
  };

  // The page an href names: a sidebar item for it, or a nested toc's items.
  type Target =
    | {kind: 'doc'; id: string}
    | {kind: 'link'; href: string}
    | {kind: 'toc'; items: TocSidebarItem[]};
  const target = (
    file: string,
    tocDir: string,
    entry: TocEntry,
    seen: Set<string>,
  ): Target | undefined => {
    const href = entry.href!;
    const rel = resolveHref(tocDir, href);
    if (rel === undefined) return {kind: 'link', href};
    if (/\.mdx?$/i.test(rel)) {
      const id = docId(rel);
      return id ? {kind: 'doc', id} : missing(file, entry, `${href}, which is not on the site`);
    }
    if (/(^|\/)toc\.ya?ml$/i.test(rel) || !/\.[a-z0-9]+$/i.test(rel)) {
      const tocRel = /\.ya?ml$/i.test(rel) ? rel : `${rel}/toc.yml`;
      if (seen.has(tocRel.toLowerCase()))
        throw new TocError(`${file}:${entry.line}: toc: ${href} includes itself`);
      const nested = readToc(tocRel);
      if (!nested) return missing(file, entry, `${href}, which has no toc.yml`);
      const next = new Set(seen).add(tocRel.toLowerCase());
      return {
        kind: 'toc',
        items: convert(nested.file, path.posix.dirname(tocRel), nested.entries, next),
      };
    }
    if (/\.ya?ml$/i.test(rel)) {
      return exists(rel)
        ? {kind: 'link', href: ymlRoute(rel, versionPath)}
        : missing(file, entry, `${href}, which does not exist`);
    }
    return missing(file, entry, `${href}, which is neither an article nor a .yml page`);
  };

  const convert = (
    file: string,
    tocDir: string,
    entries: TocEntry[],
    seen: Set<string>,
  ): TocSidebarItem[] => {
    const out: TocSidebarItem[] = [];
    for (const entry of entries) {
      const label = entry.name;
      const children = convert(file, tocDir, entry.items, seen);
      const collapsed = entry.expanded === true ? {collapsed: false} : {};
      if (!entry.href) {
        if (children.length > 0) out.push({type: 'category', label, items: children, ...collapsed});
        continue;
      }
      const page = target(file, tocDir, entry, seen);
      if (!page) {
        // The page is gone; its children stay reachable.
        if (children.length > 0) out.push({type: 'category', label, items: children, ...collapsed});
        continue;
      }
      if (page.kind === 'toc') {
        const items = [...page.items, ...children];
        if (items.length > 0) out.push({type: 'category', label, items, ...collapsed});
        continue;
      }
      if (children.length === 0) {
        out.push(
          page.kind === 'doc'
            ? {type: 'doc', id: page.id, label}
            : {type: 'link', href: page.href, label},
        );
      } else if (page.kind === 'doc') {
        out.push({
          type: 'category',
          label,
          link: {type: 'doc', id: page.id},
          items: children,
          ...collapsed,
        });
      } else {
        // Docusaurus categories link to docs only: the page comes first inside.
        out.push({
          type: 'category',
          label,
          items: [{type: 'link', href: page.href, label}, ...children],
          ...collapsed,
        });
      }
    }
    return out;
  };

  return convert(
    options.file,
    options.tocDir,
    options.entries,
    new Set([`${options.tocDir}/toc.yml`.toLowerCase()]),
  );
}
