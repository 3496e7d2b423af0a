/**
 * Client module: a pasted link to a renamed section (`#old-id`) lands on the
 * section and says what it is called now.
 *
 * In:  the page's address on load and on every hash change (Docusaurus'
 *      `onRouteDidUpdate`, which also runs for the first render and when the
 *      hash is set by hand), and the markers src/msdocs/remark/anchor-aliases.ts
 *      puts before a renamed section: `<a id="old-id" data-anchor-alias="new-id">`.
 * Out: when the hash names a marker, ./anchorAliasNotice.ts (loaded then,
 *      and only then) shows the notice, announces it, moves focus to the
 *      section and puts `#new-id` in the address bar.
 * Why: without JavaScript the browser already scrolls to the marker; with
 *      it, the reader also learns why the title differs from the ticket's.
 *      Everything but this check stays out of the bundle every page loads.
 */
import type {ClientModule} from '@docusaurus/types';

const ALIAS_ATTRIBUTE = 'data-anchor-alias';

function followAlias(hash: string): void {
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  const marker = id ? document.getElementById(id) : null;
  const to = marker?.getAttribute(ALIAS_ATTRIBUTE);
  const section = to ? document.getElementById(to) : null;
  if (!marker || !section) return;
  void import('./anchorAliasNotice').then(({showAliasNotice}) => showAliasNotice(marker, section));
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    if (location.hash.length > 1) followAlias(location.hash);
  },
};

export default clientModule;
