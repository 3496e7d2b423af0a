/**
 * The notice of a renamed section, shown when a link's `#old-id` is an
 * anchor alias (./anchorAliasClient.ts decides; this module is loaded then).
 *
 * In:  the alias marker (an empty `<a id="old-id">` before the section) and
 *      the section's heading. Out: the marker shows "The section you linked
 *      to is now called “…”." in the page's language, the message is
 *      announced (./announce.ts), the heading takes focus (so the next Tab
 *      and a screen reader start there), both are scrolled into view below
 *      the navbar, and the address bar shows `#new-id`, the address to copy.
 */
import {translate} from '@docusaurus/Translate';
import {announce} from './announce';

/** The heading's own text, without its "Copy link" and `#` buttons. */
function titleOf(section: HTMLElement): string {
  const copy = section.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('button, a.hash-link, .msdocs-anchor-alias').forEach((el) => el.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function showAliasNotice(marker: HTMLElement, section: HTMLElement): void {
  const message = translate(
    {
      id: 'links.anchorAlias.renamed',
      message: 'The section you linked to is now called “{title}”.',
      description:
        'Shown above a section when a link used its old address (#old-id) and the section has been renamed; {title} is its title now',
    },
    {title: titleOf(section)},
  );
  marker.textContent = message;
  section.setAttribute('tabindex', '-1');
  section.focus({preventScroll: true});
  marker.scrollIntoView({block: 'start'});
  announce(message);
  const url = new URL(window.location.href);
  url.hash = section.id;
  window.history.replaceState(window.history.state, '', url.href);
}
