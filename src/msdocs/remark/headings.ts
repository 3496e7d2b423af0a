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

/** Removes `<a name="x"></a>` from a heading; returns the first id found. */
function takeAnchor(heading: Heading): string | undefined {
  let id: string | undefined;
  const kept: Heading['children'] = [];
  const children = heading.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    if (child.type === 'html') {
      const value = child.value.trim();
      const whole = WHOLE_ANCHOR.exec(value);
      const open = OPEN_ANCHOR.exec(value);
      const next = children[i + 1];
      if (whole) {
        id ??= whole[1] ?? whole[2] ?? whole[3];
        continue;
      }
      if (open && next?.type === 'html' && CLOSE_ANCHOR.test(next.value.trim())) {
        id ??= open[1] ?? open[2] ?? open[3];
        i += 1;
        continue;
      }
    }
    kept.push(child);
  }
  heading.children = kept;
  // "<a name=x></a>Title": drop the space the anchor left at the start.
  const first = kept[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  return id?.trim() || undefined;
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
