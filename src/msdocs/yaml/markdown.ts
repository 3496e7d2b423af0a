/**
 * Structured YAML pages written out as the Markdown the site already builds.
 *
 * In:  a FaqPage or LandingPage (./faq.ts, ./landing.ts).
 * Out: CommonMark for the compatibility layer (src/msdocs/remark), so
 *      answers get the same alerts, tables, includes and link rules as
 *      articles:
 *
 *   # Contracts FAQ                       (title)
 *   <FaqStructuredData data="{...}" />    (FAQPage JSON-LD)
 *   Summary text
 *   ## <a name="general"></a>General      (section, id shared by both languages)
 *   ### <a name="what-is-x"></a>What is x?
 *   The answer's Markdown, verbatim.
 *
 *      A landing page becomes <Landing>, <LandingCard title> and
 *      <LandingLinkList type> tags (src/msdocs/remark/components.ts) around
 *      Markdown lists of links.
 *
 * Why line by line: every piece is put on the line it has in the YAML file
 * when it fits (a literal block's text keeps its lines), so the layer's
 * errors and warnings (`file:line: construct: ...`) point into the .yml.
 * Blocks are always separated by a blank line, so an answer that ends in raw
 * HTML or a table can't swallow the next heading.
 */
import type {Nodes} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type {Located} from './document';
import {allQuestions, type FaqPage, type FaqQuestion} from './faq';
import type {LandingPage} from './landing';

/** Collects lines, each block at its source line or after the previous one. */
class Lines {
  private readonly out: string[] = [];

  /** Puts `text` starting at 1-based `line`, one blank line after what came before. */
  put(line: number, text: string): void {
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const earliest = this.out.length === 0 ? 0 : this.out.length + 1;
    const at = Math.max(line - 1, earliest);
    while (this.out.length < at) this.out.push('');
    this.out.push(...lines);
  }

  toString(): string {
    return `${this.out.join('\n')}\n`;
  }
}

/** A Markdown block from a YAML value: literal blocks keep their line numbers. */
function block(lines: Lines, value: Located): void {
  if (value.text.trim() === '') return;
  if (value.blockLine !== undefined) {
    // Leading blank lines of the block are part of its line count.
    lines.put(value.blockLine, value.text);
  } else {
    lines.put(value.line, value.text.trim());
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text for a Markdown link label. */
function escapeLabel(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** A Markdown link destination; `<...>` when it has spaces or parentheses. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** DocFX markers that mean nothing as plain text. */
const DOCFX_MARKERS =
  /\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|INCLUDE[^\]]*\]\([^)]*\)|div[^\]]*|VIDEO[^\]]*)\]/gi;

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Block text one per line: list items and table rows apart, cells with " | ". */
function blockLines(node: Nodes): string[] {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'list':
    case 'listItem':
      return node.children.flatMap(blockLines);
    case 'table':
      return node.children.map((row) => row.children.map((cell) => toString(cell)).join(' | '));
    case 'html':
      return [];
    default:
      return [toString(node)];
  }
}

/** An answer as plain text (JSON-LD): Markdown read, formatting dropped. */
export function plainText(markdown: string): string {
  const tree = markdownParser.parse(markdown.replace(DOCFX_MARKERS, ''));
  return blockLines(tree)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** schema.org FAQPage for the page's questions (search engines' rich results). */
export function faqJsonLd(page: FaqPage): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name: page.title.text,
    mainEntity: allQuestions(page).map((q) => ({
      '@type': 'Question',
      name: q.question.text,
      acceptedAnswer: {'@type': 'Answer', text: plainText(q.answer.text)},
    })),
  };
}

function question(lines: Lines, q: FaqQuestion, level: '##' | '###'): void {
  lines.put(
    q.question.blockLine ?? q.question.line,
    `${level} <a name="${q.id}"></a>${q.question.text}`,
  );
  block(lines, q.answer);
}

export function faqToMarkdown(page: FaqPage): string {
  const lines = new Lines();
  lines.put(page.title.line, `# ${page.title.text}`);
  if (page.summary) block(lines, page.summary);
  for (const section of page.sections) {
    if (section.hidden) {
      for (const q of section.questions) question(lines, q, '##');
      continue;
    }
    lines.put(section.name.line, `## <a name="${section.id}"></a>${section.name.text}`);
    for (const q of section.questions) question(lines, q, '###');
  }
  for (const q of page.questions) question(lines, q, '##');
  if (page.additionalContent) block(lines, page.additionalContent);
  // After the content: a JSON-LD tag on the first line would move every answer down.
  lines.put(0, `<FaqStructuredData data="${escapeAttribute(JSON.stringify(faqJsonLd(page)))}" />`);
  return lines.toString();
}

export function landingToMarkdown(page: LandingPage): string {
  const lines = new Lines();
  lines.put(page.title.line, `# ${page.title.text}`);
  lines.put(page.title.line, '<Landing>');
  if (page.summary) block(lines, page.summary);
  for (const card of page.cards) {
    lines.put(card.title.line, `<LandingCard title="${escapeAttribute(card.title.text)}">`);
    for (const list of card.linkLists) {
      lines.put(list.line, `<LandingLinkList type="${list.type}">`);
      // One tight list: its items on consecutive lines.
      const items = list.links.map(
        (link) => `- [${escapeLabel(link.text.text)}](${destination(link.url.text)})`,
      );
      if (items.length > 0) lines.put(list.links[0]!.text.line, items.join('\n'));
      lines.put(0, '</LandingLinkList>');
    }
    lines.put(0, '</LandingCard>');
  }
  lines.put(0, '</Landing>');
  return lines.toString();
}
