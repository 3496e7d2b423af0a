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
 */
import type {Heading, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';
import {msSlug} from '../slug';

const OPEN_ANCHOR = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))\s*\/?>$/i;
const CLOSE_ANCHOR = /^<\/a\s*>$/i;
const WHOLE_ANCHOR = /^<a\s+(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))\s*>\s*<\/a\s*>$/i;

/** The `<a name="x"></a>` in a heading: its id and the children it takes up. */
function findAnchor(heading: Heading): {id: string | undefined; taken: Set<number>} {
  let id: string | undefined;
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
      id ??= whole[1] ?? whole[2] ?? whole[3];
      taken.add(i);
    } else if (open && next?.type === 'html' && CLOSE_ANCHOR.test(next.value.trim())) {
      id ??= open[1] ?? open[2] ?? open[3];
      taken.add(i).add(i + 1);
      i += 1;
    }
  }
  return {id: id?.trim() || undefined, taken};
}

/** The id a heading gets: its `<a name>`, else Microsoft's id for its text. */
export function headingId(heading: Heading): string {
  return findAnchor(heading).id ?? msSlug(toString(heading, {includeHtml: false}));
}

/** Removes `<a name="x"></a>` from a heading; returns the id it gave. */
function takeAnchor(heading: Heading): string | undefined {
  const {id, taken} = findAnchor(heading);
  heading.children = heading.children.filter((_, i) => !taken.has(i));
  // "<a name=x></a>Title": drop the space the anchor left at the start.
  const first = heading.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  return id;
}

export default function remarkMsdocsHeadings() {
  return (tree: Root, _file: VFile): void => {
    visit(tree, 'heading', (heading) => {
      const data = (heading.data ??= {});
      const props = (data.hProperties ??= {});
      if (props.id) return;
      const id = takeAnchor(heading) ?? msSlug(toString(heading, {includeHtml: false}));
      if (id) props.id = id;
    });
  };
}
