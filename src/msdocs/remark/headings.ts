/**
 * remark plugin: heading anchors and ids.
 *
 * Markdown in:  ## <a name="before-you-begin"></a>Başlamadan önce
 * mdast out:    heading "Başlamadan önce" with data.hProperties.id = "before-you-begin"
 * Markdown in:  ## Before you begin
 * mdast out:    heading with id "before-you-begin" (../slug.ts, Microsoft's rule)
 *
 * Translations carry the English heading's id in `<a name>`; English headings
 * get the same id from their text, so `#before-you-begin` works in both
 * languages and survives a language switch. The `<a>` leaves the heading,
 * so titles and the table of contents hold text only. Docusaurus' own
 * heading plugin keeps an id that is already set (it de-duplicates repeats),
 * and its Heading component registers it for the broken-anchor check.
 * A second `<a name="old"></a>` in a heading is an old address of it, kept
 * in `data.anchorAliases` for ./anchor-aliases.ts.
 */
import type {Heading, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {msSlug} from '../slug';

const OPEN_ANCHOR = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))\s*\/?>$/i;
const CLOSE_ANCHOR = /^<\/a\s*>$/i;
const WHOLE_ANCHOR = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))\s*>\s*<\/a\s*>$/i;

/**
 * The `<a name="x"></a>` in a heading: its id (the first), the ids of any
 * further ones (old addresses kept DocFX-style: ./anchor-aliases.ts) and the
 * children they take up.
 */
function findAnchor(heading: Heading): {
  id: string | undefined;
  more: string[];
  taken: Set<number>;
} {
  const ids: (string | undefined)[] = [];
  const taken = new Set<number>();
  const children = heading.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    if (child.type !== 'html') continue;
    const value = child.value.trim();
    const whole = WHOLE_ANCHOR.exec(value);
    const open = OPEN_ANCHOR.exec(value);
    const next = children[i + 1];
    if (whole) {
      ids.push(whole[1] ?? whole[2] ?? whole[3]);
      taken.add(i);
    } else if (open && next?.type === 'html' && CLOSE_ANCHOR.test(next.value.trim())) {
      ids.push(open[1] ?? open[2] ?? open[3]);
      taken.add(i).add(i + 1);
      i += 1;
    }
  }
  const [id, ...more] = ids.map((x) => x?.trim()).filter((x): x is string => Boolean(x));
  return {id, more, taken};
}

/** The id a heading gets: its `<a name>`, else Microsoft's id for its text. */
export function headingId(heading: Heading): string {
  return findAnchor(heading).id ?? msSlug(toString(heading, {includeHtml: false}));
}

/** Removes `<a name="x"></a>` from a heading; returns the id it gave and the other names. */
function takeAnchor(heading: Heading): {id: string | undefined; more: string[]} {
  const {id, more, taken} = findAnchor(heading);
  heading.children = heading.children.filter((_, i) => !taken.has(i));
  // "<a name=x></a>Title": drop the space the anchor left at the start.
  const first = heading.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  return {id, more};
}

declare module 'mdast' {
  interface HeadingData {
    /** Further `<a name>` ids of the heading: its old addresses. */
    anchorAliases?: string[];
  }
}

export default function remarkMsdocsHeadings() {
  return (tree: Root, _file: VFile): void => {
    visit(tree, 'heading', (heading) => {
      const data = (heading.data ??= {});
      const props = (data.hProperties ??= {});
      if (props.id) return;
      const taken = takeAnchor(heading);
      const id = taken.id ?? msSlug(toString(heading, {includeHtml: false}));
      if (id) props.id = id;
      if (taken.more.length) data.anchorAliases = taken.more;
    });
  };
}
