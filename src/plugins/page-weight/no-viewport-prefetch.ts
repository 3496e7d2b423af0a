/**
 * Client module: no prefetching of the pages whose links scroll into view.
 *
 * Docusaurus downloads, for every internal link that becomes visible, the
 * JavaScript of the page it leads to: on an article with an open sidebar
 * that is a dozen other articles, the other version's sidebar data and the
 * home page's list of every article, none of which the reader asked for.
 * Here `window.docusaurus.prefetch` (its documented client API) does nothing;
 * `preload`, which Docusaurus calls when a pointer rests on or touches a
 * link, still fetches the next page ahead of the click.
 */
import type {ClientModule} from '@docusaurus/types';

let done = false;

function disableViewportPrefetch(): void {
  if (done || typeof window === 'undefined' || !window.docusaurus) return;
  // The object Docusaurus installs is read-only: install a copy.
  window.docusaurus = {...window.docusaurus, prefetch: () => false};
  done = true;
}

// The client entry sets window.docusaurus after client modules load, and
// before the first render, whose lifecycle call comes before any link is
// seen by the IntersectionObserver.
const clientModule: ClientModule = {
  onRouteDidUpdate: disableViewportPrefetch,
};

export default clientModule;
