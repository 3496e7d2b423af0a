/**
 * Where the reader is on an article page, as a `#hash` that survives a
 * language or version switch (section ids are the same in every locale and
 * version of an article).
 *
 * In:  the page (DOM) and the current URL hash.
 * Out: the URL's own hash while its target is on screen (the most precise
 *      place: a table row, a callout) or when this page lacks its target; else
 *      the id of the last section heading scrolled past; else '' (top).
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
  let passed: Element | undefined;
  for (const heading of Array.from(document.querySelectorAll(SECTION_SELECTOR))) {
    // A little slack: a heading just scrolled to sits right under the navbar.
    if (heading.getBoundingClientRect().top <= top + 8) passed = heading;
    else break;
  }
  return passed ? `#${encodeURIComponent(passed.id)}` : '';
}
