/**
 * The title and section titles of an article's file, as the site shows them.
 *
 * In:  a doc file (`.md`, `.mdx`, or a FAQ / landing `.yml` page) and the site
 *      folder. Out: `{title, sections}`: the page's title (front matter
 *      `title`, else its H1) and each section heading's text by its id (the
 *      `<a name>` id, else Microsoft's id for the text: the ids the site gives
 *      headings, the same in every language).
 * Why: "Copy for a ticket" in both languages needs the other language's real
 *      titles; each locale is built in its own process, so they are read from
 *      the other language's source at build time, with the site's own readers
 *      (front matter, remark, heading ids, YAML pages). remark parses only the
 *      heading lines when a line scan can tell which lines a full parse would
 *      make headings (`headingLines`): parsing whole articles was most of a
 *      locale's loading time (about 5 s at 400 articles); when it can't tell
 *      (setext headings, headings in quotes or lists, link definitions, HTML or
 *      code blocks it can't follow), the whole text is parsed as before.
 */
import fs from 'node:fs/promises';
import type {Heading, Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {headingId} from '../../msdocs/remark/headings';
import {isYamlFile, loadYamlPage} from '../../msdocs/yaml';

export interface PageTitles {
  title: string;
  /** Section id -> heading text. */
  sections: Record<string, string>;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export async function readTitles(file: string, siteDir: string): Promise<PageTitles> {
  const text = await fs.readFile(file, 'utf8');
  let title: unknown;
  let markdown: string;
  if (isYamlFile(file)) {
    const page = loadYamlPage(file, siteDir, text);
    title = page.frontMatter.title;
    markdown = page.markdown;
  } else {
    const parsed = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: text});
    title = parsed.frontMatter.title;
    markdown = parsed.content;
  }
  const sections: Record<string, string> = {};
  let h1: string | undefined;
  visit(parseHeadings(markdown), 'heading', (heading: Heading) => {
    const words = squash(toString(heading, {includeHtml: false}));
    if (heading.depth === 1) h1 ??= words;
    else sections[headingId(heading)] ??= words;
  });
  return {title: typeof title === 'string' && title.trim() ? squash(title) : (h1 ?? ''), sections};
}

/** A line that opens or closes a fenced code block: its indent, fence and the rest. */
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
/** An ATX heading (`# Title`) as a block of its own. */
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A `#` heading behind a container marker (`> # x`, `- # x`, `1. # x`) or indented 4+. */
const NESTED_ATX =
  /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)+#{1,6}(?:[ \t]|$)|^(?: {4,}|[ \t]*\t)[ \t]*#{1,6}(?:[ \t]|$)/;
/** A setext underline (`===`, `---`): a heading when a paragraph line is above it. */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A link reference definition (`[x]: url`), which a heading's `[x]` could use. */
const DEFINITION = /^[ \t]*\[[^\]]+\]:/m;
/** HTML that runs until its closing marker, blank lines included (CommonMark types 1-5). */
const RAW_HTML = [
  {
    open: /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i,
    close: /<\/(?:script|pre|style|textarea)>/i,
  },
  {open: /^[ \t]*<!--/, close: /-->/},
  {open: /^[ \t]*<\?/, close: /\?>/},
  {open: /^[ \t]*<![A-Za-z]/, close: />/},
  {open: /^[ \t]*<!\[CDATA\[/, close: /\]\]>/},
];

/**
 * The lines of a Markdown text that a full CommonMark parse makes headings,
 * in order; `undefined` when a line scan can't be sure, and only then. Sure:
 * ATX headings outside fenced code and HTML blocks, in a text with no setext
 * underline after a text line, no `#` behind a container marker or indented
 * four or more, no link definition, no unclosed fence or raw HTML block, no
 * carriage return. tests/unit/alternate-titles.test.ts compares it with the
 * full parse on every article of the corpus.
 */
export function headingLines(markdown: string): string[] | undefined {
  if (markdown.includes('\r') || DEFINITION.test(markdown)) return undefined;
  const found: string[] = [];
  let fence: {char: string; length: number} | undefined;
  let raw: RegExp | undefined;
  /** Maybe in an HTML block (after a line starting with `<`), until a blank line. */
  let html = false;
  let previous = '';
  for (const line of markdown.split('\n')) {
    const blank = line.trim() === '';
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[2]![0] === fence.char && m[2]!.length >= fence.length && !m[3]!.trim())
        fence = undefined;
    } else if (raw) {
      if (raw.test(line)) raw = undefined;
      // A heading-like line inside raw HTML is not a heading: let the parser judge.
      else if (ATX.test(line)) return undefined;
    } else {
      const m = FENCE.exec(line);
      const rawOpen = RAW_HTML.find((r) => r.open.test(line));
      if (m && !(m[2]![0] === '`' && m[3]!.includes('`'))) {
        fence = {char: m[2]![0]!, length: m[2]!.length};
      } else if (rawOpen) {
        if (!rawOpen.close.test(line.replace(rawOpen.open, ''))) raw = rawOpen.close;
      } else if (ATX.test(line)) {
        if (html) return undefined;
        found.push(line);
      } else if (NESTED_ATX.test(line) || (UNDERLINE.test(line) && previous.trim())) {
        return undefined;
      }
      if (blank) html = false;
      else if (/^[ \t]*</.test(line)) html = true;
    }
    previous = fence || raw ? '' : line;
  }
  return fence || raw ? undefined : found;
}

/** An ATX heading line: its `#`s and its text. */
const ATX_PARTS = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
/** Heading text with nothing for CommonMark's inline parser to do (escapes, code, emphasis, links, HTML, entities, a closing `#`) but Microsoft's leading `<a name="x"></a>` anchors. */
const PLAIN = /^((?:<a name="[\w.:-]*"><\/a>)*)([^\\`*_[\]!<&#]*)$/;

/**
 * The headings of a Markdown text, as a tree: its heading lines when
 * `headingLines` finds them (plain text ones made here, the others parsed by
 * remark on their own), else the whole text parsed.
 */
export function parseHeadings(markdown: string): Root {
  const lines = headingLines(markdown);
  if (!lines) return parser.parse(markdown) as Root;
  const children: Root['children'] = [];
  const others: number[] = [];
  for (const line of lines) {
    const [, hashes = '', text = ''] = ATX_PARTS.exec(line) ?? [];
    const plain = PLAIN.exec(text.replace(/[ \t]+$/, ''));
    if (hashes && plain) {
      const [, anchors = '', value = ''] = plain;
      children.push({
        type: 'heading',
        depth: hashes.length as Heading['depth'],
        children: [
          ...anchors
            .split(/(?<=>)/)
            .filter(Boolean)
            .map((html) => ({type: 'html' as const, value: html})),
          ...(value ? [{type: 'text' as const, value}] : []),
        ],
      });
    } else {
      others.push(children.length);
      children.push({type: 'heading', depth: 1, children: []});
    }
  }
  if (others.length) {
    // Each line a block of its own: the same heading as in the whole text.
    const parsed = (parser.parse(others.map((i) => lines[i]).join('\n\n')) as Root).children;
    if (parsed.length !== others.length || parsed.some((c) => c.type !== 'heading'))
      return parser.parse(markdown) as Root;
    others.forEach((i, k) => (children[i] = parsed[k]!));
  }
  return {type: 'root', children};
}
