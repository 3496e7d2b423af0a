/**
 * Where the reader is on an article page, as a `#hash` that survives a
 * language or version switch (section ids are the same in every locale and
 * version of an article).
 *
 * In:  the page (DOM) and the current URL hash.
 * Out: the URL's own hash while its target is on screen (the most precise
 *      place: a table row, a callout) or when this page lacks its target; else
 *      the id of the section being read (its heading in the upper third of the
 *      view or above; at the end of the page, the last heading shown); else ''.
 */

/** Sections a reader can be "in": headings below the title that have ids. */
export const SECTION_SELECTOR = '.theme-doc-markdown :is(h2, h3, h4, h5, h6)[id]';

function onScreen(element: Element, top: number): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > top && rect.top < window.innerHeight;
}

/** Height covered by the sticky navbar, so "scrolled past" means "hidden under it". */
function navbarBottom(): number {
  const navbar = document.querySelector('.navbar');
  return navbar ? Math.max(0, navbar.getBoundingClientRect().bottom) : 0;
}

export function currentPlaceHash(): string {
  const top = navbarBottom();
  const hash = window.location.hash;
  if (hash.length > 1) {
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    // Not on this page (a section this version lacks): the other page may
    // have it, and we can't tell where the reader is relative to it.
    if (!target || onScreen(target, top)) return hash;
  }
  // The reader is in the last section whose heading is in the upper third of
  // the view (or above it). At the very end of the page the last headings
  // can't scroll that far up: there, the last heading on screen counts.
  const upperThird = top + (window.innerHeight - top) / 3;
  const atEnd =
    window.scrollY > 0 &&
    window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  let place: Element | undefined;
  for (const heading of Array.from(document.querySelectorAll(SECTION_SELECTOR))) {
    const headingTop = heading.getBoundingClientRect().top;
    if (headingTop <= upperThird || (atEnd && headingTop < window.innerHeight)) place = heading;
    else break;
  }
  return place ? `#${encodeURIComponent(place.id)}` : '';
}
