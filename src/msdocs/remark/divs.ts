/**
 * remark plugin: DocFX `[!div]` blocks.
 *
 * Markdown in:
 *   > [!div class="nextstepaction"]
 *   > [Assign licenses to users](../../admin/manage/assign-licenses.md)
 * HTML out:
 *   <div class="msdocs-div msdocs-nextstep"><p><a class="button button--primary" ...>Assign ...</a></p></div>
 *
 * Classes (styles in src/css/msdocs.css):
 *  - nextstepaction: the link as a button, Learn's "next step" call to action;
 *  - op_single_selector: the list of links as a row of choices, the current
 *    article's entry marked by Docusaurus' active-link styling;
 *  - checklist: the list with check marks;
 *  - mx-imgBorder, mx-tdBreakAll, mx-tdCol2BreakAll, mx-tableFixed: image
 *    borders, table word breaking, fixed table layout;
 *  - any other class: a plain block (content shown as written), with the
 *    original class kept in data-docfx-class for styling later.
 * A class with characters outside [A-Za-z0-9_-], or an empty block, fails.
 */
import type {Link, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {container, defectBox} from './nodes';
import {parseAttributes} from './syntax';
import {readQuoteMarker} from './quote';

const KNOWN: Record<string, string> = {
  nextstepaction: 'msdocs-nextstep',
  op_single_selector: 'msdocs-selector',
  checklist: 'msdocs-checklist',
  'mx-imgborder': 'msdocs-img-border',
  'mx-tdbreakall': 'msdocs-td-break',
  'mx-tdcol2breakall': 'msdocs-td-break',
  'mx-tablefixed': 'msdocs-table-fixed',
};

export default function remarkMsdocsDivs(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, 'blockquote', (quote, index, parent) => {
      if (!parent || index === undefined) return;
      const marker = readQuoteMarker(ctx, quote);
      if (marker?.name !== 'DIV') return;
      let classes = (parseAttributes(marker.args).class ?? '').split(/\s+/).filter(Boolean);
      if (classes.length === 0 || classes.some((c) => !/^[A-Za-z0-9_-]+$/.test(c))) {
        defect(
          ctx,
          quote,
          '[!div]',
          `class list "${marker.args}" is not usable; expected [!div class="nextstepaction"] (letters, digits, - and _)`,
          'repaired',
        );
        classes = []; // a plain block showing its content
      }
      marker.strip(true);
      if (quote.children.length === 0) {
        defect(
          ctx,
          quote,
          '[!div]',
          `[!div ${marker.args}] has no content; expected the block's content on the next lines of the quote`,
          'shown',
        );
        parent.children[index] = inheritOrigin(defectBox('[!div]'), quote);
        return;
      }
      const known = classes
        .map((c) => KNOWN[c.toLowerCase()])
        .filter((c): c is string => Boolean(c));
      if (known.includes('msdocs-nextstep')) {
        visit(quote, 'link', (link: Link) => {
          const props = (link.data ??= {}).hProperties ?? {};
          link.data.hProperties = {...props, className: ['button', 'button--primary']};
        });
      }
      const props: Record<string, string | string[]> = {
        className: ['msdocs-div', ...new Set(known)],
      };
      if (known.length < classes.length) props.dataDocfxClass = classes.join(' ');
      const div = container('div', props, quote.children as never);
      div.position = quote.position;
      parent.children[index] = inheritOrigin(div, quote);
    });
  };
}
