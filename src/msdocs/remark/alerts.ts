/**
 * remark plugin: DocFX alerts.
 *
 * Markdown in (any letter case, with or without a space after `>`, in list
 * items, with code blocks or <br> inside):
 *   > [!NOTE]
 *   > Licenses you remove stay paid until the end of the term.
 * mdast out:
 *   <Callout type="note">Licenses you remove stay paid ...</Callout>
 * The Callout component (src/components/Callout) renders the translated
 * title and `data-callout="note"`. Types: note, tip, important, caution,
 * warning. Other `[!WORD]` quotes are left for ./divs.ts, ./video.ts, and
 * ./leftovers.ts, which fails the build on unknown ones.
 */
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {createContext, inheritOrigin, type MsdocsOptions} from './context';
import {calloutTypeFromKeyword} from '../../components/Callout/calloutTypes';
import {jsxFlow} from './nodes';
import {readQuoteMarker} from './quote';

export default function remarkMsdocsAlerts(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, 'blockquote', (quote, index, parent) => {
      if (!parent || index === undefined) return;
      const marker = readQuoteMarker(ctx, quote);
      // The five types are listed once, with the component that renders them.
      const type = marker ? calloutTypeFromKeyword(marker.name) : undefined;
      if (!marker || !type) return;
      marker.strip(false);
      const callout = jsxFlow('Callout', {type}, quote.children as never);
      callout.position = quote.position;
      parent.children[index] = inheritOrigin(callout, quote);
    });
  };
}
