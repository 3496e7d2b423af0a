/**
 * Wraps the theme's navigation drawer (never a copy): the drawer is made
 * when the reader first reaches for its button, not when the page starts.
 *
 * In:  the theme's props (none). Out: nothing until the reader presses,
 *      touches or focuses the menu button (or the drawer is opened some
 *      other way); from then on the theme's drawer, unchanged, kept while
 *      the page lives (so it slides in and out as before).
 *
 * Why: at phone width the theme mounts the closed drawer right after
 * hydration, with the docs sidebar inside it: every article of the open
 * categories, at 400 articles per locale the largest part of the page's
 * second render on a phone, for a drawer most readers never open. A touch
 * or key press on the button comes well before its click, so the drawer
 * is there, closed, when the click opens it. Without JavaScript there is
 * no drawer either way (the server renders none).
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

/** The theme's menu button (Navbar/MobileSidebar/Toggle). */
const TOGGLE = '.navbar__toggle';
/** What comes before a click on the button: a press, a touch, keyboard focus. */
const REACHING = ['pointerdown', 'touchstart', 'focusin'] as const;

export default function NavbarMobileSidebarWrapper(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);
  // Opened some other way: kept from then on, like one reached for.
  if (shown && !wanted) setWanted(true);
  const made = wanted || shown;

  useEffect(() => {
    if (made) return undefined;
    const reach = (event: Event): void => {
      if (event.target instanceof Element && event.target.closest(TOGGLE)) setWanted(true);
    };
    for (const type of REACHING)
      document.addEventListener(type, reach, {capture: true, passive: true});
    return () => {
      for (const type of REACHING) document.removeEventListener(type, reach, {capture: true});
    };
  }, [made]);

  return made ? <NavbarMobileSidebar /> : null;
}
