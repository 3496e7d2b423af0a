/**
 * Titles never contain HTML: a step of the front matter pipeline
 * (./parseFrontMatter.ts).
 *
 * In:  the file's front matter and content as the steps before left them.
 * Out: the same front matter, and the content with `<a name="x"></a>` taken
 *      out of heading lines.
 *
 * Docusaurus reads an article's title (for the sidebar, `<title>`, pagination)
 * from the first `# ` line of that content when the front matter has no
 * `title`; the Turkish `# <a name="x"></a>Başlık` would give a title with
 * HTML in it. The page itself is compiled from the file, not from this
 * content, so the heading keeps its id (src/msdocs/remark/headings.ts).
 */
import type {FrontMatterStep} from './parseFrontMatter';

const HEADING_ANCHOR =
  /^([ \t]{0,3}#{1,6}[ \t]+)<a\s+(?:name|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)\s*>\s*<\/a\s*>[ \t]*/gim;

export function stripHeadingAnchors(markdown: string): string {
  return markdown.replace(HEADING_ANCHOR, '$1');
}

/** Front matter step (src/msdocs/parseFrontMatter.ts): the content without heading anchors. */
export const plainHeadingsStep: FrontMatterStep = (parsed) => ({
  ...parsed,
  content: stripHeadingAnchors(parsed.content),
});
