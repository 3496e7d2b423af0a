/**
 * What every compatibility plugin knows about the file it works on.
 *
 * In:  the plugin options, the VFile Docusaurus hands to remark, and nodes.
 * Out: the site directory and locale, where the article sits (./paths), the
 *      file a node was written in (an article or one of its includes) and
 *      errors that name that file and line:
 *
 *   docs/a/b.md:12:3: alert: unknown type [!NOTE2]; expected NOTE, TIP, ...
 *   docs/a/includes/x.md:4:1 (included from docs/a/b.md:9): image: ...
 *
 * Nodes parsed from an include are registered with setOrigin(); every other
 * node belongs to the article.
 *
 * Content defects (../defects.ts) go through defect(): a build error under
 * 'throw', a record (file.data.contentDefects) under 'warn', after which the
 * caller repairs the node or shows the box.
 */
import path from 'node:path';
import type {Node} from 'unist';
import type {Parent, PhrasingContent, Text} from 'mdast';
import {SKIP} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {DEFAULT_LOCALE, locateDoc, type DocLocation} from '../paths';
import {
  policyFor,
  type ContentDefect,
  type ContentDefectPolicy,
  type ContentDefectSettings,
  type DefectAction,
} from '../defects';

export interface MsdocsOptions extends ContentDefectSettings {
  /**
   * Keep each compile's defect records for the build's content report
   * (src/plugins/content-report); tests read file.data.contentDefects instead.
   */
  contentReport?: boolean;
  /** Site directory; defaults to the process' working directory. */
  siteDir?: string;
  /** Locale being built; defaults to Docusaurus' DOCUSAURUS_CURRENT_LOCALE. */
  locale?: string;
  /**
   * The Microsoft Docs moniker this site publishes: content in a
   * `::: moniker range` that includes it renders as is, other ranges render
   * collapsed under their product name.
   */
  moniker?: string;
}

export const DEFAULT_MONIKER = 'o365-worldwide';

/** A file that nodes come from: the article or an included file. */
export interface Origin {
  path: string;
  source: string;
  /** Where this file was included (absent for the article). */
  includedFrom?: {origin: Origin; line: number};
}

export class MsdocsError extends Error {
  override name = 'MsdocsError';
}

export interface Context {
  siteDir: string;
  settings: ContentDefectSettings;
  locale: string;
  moniker: string;
  file: VFile;
  article: Origin;
  /** Undefined for files outside the docs folders (pages, partials). */
  where: DocLocation | undefined;
}

const origins = new WeakMap<object, Origin>();
const articles = new WeakMap<VFile, Origin>();

export function createContext(options: MsdocsOptions, file: VFile): Context {
  const siteDir = options.siteDir ?? process.cwd();
  let article = articles.get(file);
  if (!article) {
    article = {path: file.path, source: String(file.value ?? '')};
    articles.set(file, article);
  }
  return {
    siteDir,
    settings: {
      onContentDefect: options.onContentDefect,
      onImportedContentDefect: options.onImportedContentDefect,
    },
    locale: options.locale ?? process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE,
    moniker: options.moniker ?? DEFAULT_MONIKER,
    file,
    article,
    where: file.path ? locateDoc(file.path, siteDir) : undefined,
  };
}

export function setOrigin(node: object, origin: Origin): void {
  origins.set(node, origin);
}

export function originOf(ctx: Context, node: object | undefined): Origin {
  return (node && origins.get(node)) || ctx.article;
}

/** Gives `to` the origin of `from` (for nodes built to replace others). */
export function inheritOrigin<T extends object>(to: T, from: object): T {
  const origin = origins.get(from);
  if (origin) origins.set(to, origin);
  return to;
}

/**
 * Path of a node's file inside the article's content tree: the article's
 * own Microsoft path, or an include's (mirrored into the article's tree, so
 * a Turkish article using an English include resolves paths in Turkish).
 */
export function contentPathOf(ctx: Context, origin: Origin): string | undefined {
  const where = ctx.where;
  if (!where) return undefined;
  if (origin === ctx.article) return where.relPath;
  return (
    locateDoc(origin.path, ctx.siteDir)?.relPath ??
    path.relative(where.contentRoot, origin.path).split(path.sep).join('/')
  );
}

/** The text a node was written as, from its file (empty if unknown). */
export function sourceOf(ctx: Context, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return originOf(ctx, node).source.slice(start, end);
}

function displayPath(ctx: Context, file: string): string {
  const rel = path.relative(ctx.siteDir, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

/** `file:line:column` of a node, in the file it was written in. */
export function locate(ctx: Context, node: Node | undefined): string {
  const origin = originOf(ctx, node);
  const start = node?.position?.start;
  let where = displayPath(ctx, origin.path);
  if (start) where += `:${start.line}:${start.column}`;
  const chain: string[] = [];
  for (let from = origin.includedFrom; from; from = from.origin.includedFrom) {
    chain.push(`included from ${displayPath(ctx, from.origin.path)}:${from.line}`);
  }
  return chain.length ? `${where} (${chain.join(', ')})` : where;
}

/**
 * Throws the build error for bad input: where (file:line:column, and the
 * chain of includes), which construct, what is wrong and what was expected.
 */
export function fail(
  ctx: Context,
  node: Node | undefined,
  construct: string,
  message: string,
): never {
  throw new MsdocsError(`${locate(ctx, node)}: ${construct}: ${message}`);
}

export {displayPath};

declare module 'vfile' {
  interface DataMap {
    /** Content defects repaired or shown in this file (../defects.ts). */
    contentDefects: ContentDefect[];
  }
}

/** A file, then each file that includes it, up to the article. */
export function includeChain(origin: Origin): string[] {
  const files: string[] = [];
  for (let o: Origin | undefined = origin; o; o = o.includedFrom?.origin) files.push(o.path);
  return files;
}

/** Where a defect is, what it is, and what the build does with it. */
type DefectArgs = [
  node: Node | undefined,
  construct: string,
  message: string,
  action: DefectAction,
];

/** Records a defect in the file's list (for the content report), whatever the policy. */
export function recordDefect(
  ctx: Context,
  ...[node, construct, message, action]: DefectArgs
): void {
  const origin = originOf(ctx, node);
  const start = node?.position?.start;
  const list = (ctx.file.data.contentDefects ??= []);
  list.push({
    file: displayPath(ctx, origin.path),
    line: start?.line ?? 0,
    column: start?.column ?? 0,
    construct,
    message: `${message}${
      origin.includedFrom
        ? ` (${locate(ctx, node)
            .replace(/^[^(]*\(/, '')
            .replace(/\)$/, '')})`
        : ''
    }`,
    action,
    locale: ctx.locale,
    version: ctx.where?.version ?? 'current',
  });
}

/**
 * A content defect: under 'throw' the build error of fail(); under 'warn'
 * a record, and the caller repairs the node ('repaired') or shows the box
 * ('shown').
 */
export function defect(ctx: Context, ...args: DefectArgs): void {
  const [node, construct, message] = args;
  if (policyOf(ctx, node) === 'throw') fail(ctx, node, construct, message);
  recordDefect(ctx, ...args);
}

/**
 * Replaces each match of `pattern` (global) in a text node by what `make`
 * returns, keeping the text between; the new nodes keep the text's file.
 * Returns what a unist-util-visit visitor returns after a splice.
 */
export function replaceInText(
  text: Text,
  index: number,
  parent: Parent,
  pattern: RegExp,
  make: (match: RegExpExecArray) => PhrasingContent,
): [typeof SKIP, number] | undefined {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.value.matchAll(pattern)) {
    if (m.index > last) out.push({type: 'text', value: text.value.slice(last, m.index)});
    out.push(make(m));
    last = m.index + m[0].length;
  }
  if (out.length === 0) return undefined;
  if (last < text.value.length) out.push({type: 'text', value: text.value.slice(last)});
  for (const n of out) inheritOrigin(n, text);
  parent.children.splice(index, 1, ...(out as never[]));
  return [SKIP, index + out.length];
}

/** The defect policy for a node: its file's, lenient if any including file is imported. */
export function policyOf(ctx: Context, node: Node | undefined): ContentDefectPolicy {
  const files = ctx.file.path ? includeChain(originOf(ctx, node)) : [];
  return policyFor(ctx.siteDir, ctx.settings, files);
}
