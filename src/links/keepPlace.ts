/**
 * Language and version switches that keep the reader's place.
 *
 * The theme's dropdowns copy `#hash` from React Router's location, which
 * misses a hash set with the History API directly (a component highlighting
 * a table row) and knows nothing of how far the reader has scrolled. This
 * hook fixes their links at the moment they are used: on hover, focus, press
 * and click, the `#hash` of each link of the dropdown becomes the reader's
 * place (src/links/place.ts).
 *
 * In:  the class name given to the dropdown (the theme puts it on its toggle). Out: its links carry the place;
 * in-app links (versions) are followed with the router, with the new hash.
 */
import {useEffect} from 'react';
import {useHistory} from '@docusaurus/router';
import {currentPlaceHash} from './place';

/**
 * The theme puts the class on the dropdown's toggle, so a switch link is a
 * link inside a dropdown (desktop `.dropdown`, phone menu `.menu__list-item`)
 * whose toggle carries the marker.
 */
function inMarkedDropdown(link: Element, marker: string): boolean {
  for (let node = link.parentElement; node; node = node.parentElement) {
    if (node.matches('.dropdown, .menu__list-item')) {
      const toggle = node.querySelector(
        `:scope > .${marker}, :scope > .menu__list-item-collapsible > .${marker}`,
      );
      if (toggle) return true;
    }
  }
  return false;
}

function linkIn(target: EventTarget | null, marker: string): HTMLAnchorElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest<HTMLAnchorElement>('a[href]');
  // The dropdown's own toggle is `href="#"`.
  if (!link || link.getAttribute('href') === '#') return undefined;
  if (!link.classList.contains(marker) && !inMarkedDropdown(link, marker)) return undefined;
  return link.origin === window.location.origin ? link : undefined;
}

function withPlace(link: HTMLAnchorElement): URL {
  const url = new URL(link.href);
  url.hash = currentPlaceHash();
  link.href = url.href;
  return url;
}

export function useKeepPlace(marker: string): void {
  const history = useHistory();
  useEffect(() => {
    const refresh = (event: Event): void => {
      const link = linkIn(event.target, marker);
      if (link) withPlace(link);
    };
    const follow = (event: MouseEvent): void => {
      const link = linkIn(event.target, marker);
      if (!link) return;
      const url = withPlace(link);
      // Locale links load a new page (`target="_self"`): the new href is enough.
      // Version links are router links, which navigate to their `to` prop:
      // go there ourselves, with the place.
      const routerLink = !link.target;
      const plainClick =
        event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (routerLink && plainClick) {
        event.preventDefault();
        history.push(url.pathname + url.search + url.hash);
      }
    };
    const options = {capture: true};
    for (const type of ['pointerover', 'focusin', 'pointerdown', 'auxclick', 'contextmenu']) {
      document.addEventListener(type, refresh, options);
    }
    document.addEventListener('click', follow, options);
    return () => {
      for (const type of ['pointerover', 'focusin', 'pointerdown', 'auxclick', 'contextmenu']) {
        document.removeEventListener(type, refresh, options);
      }
      document.removeEventListener('click', follow, options);
    };
  }, [history, marker]);
}
