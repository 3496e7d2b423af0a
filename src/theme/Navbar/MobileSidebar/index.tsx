/**
 * Wraps the theme's navigation drawer (never a copy): the drawer is made
 * when the reader first reaches for its button, not when the page starts.
 *
 * In:  the theme's props (none). Out: nothing until the reader presses,
 *      touches or focuses the menu button (or the drawer is opened some
 *      other way: src/components/DrawerOnDemand); from then on the theme's
 *      drawer, unchanged, kept while the page lives (so it slides in and
 *      out as before).
 *
 * Why: at phone width the theme mounts the closed drawer right after
 * hydration, with the docs sidebar inside it: every article of the open
 * categories, at 400 articles per locale the largest part of the page's
 * second render on a phone, for a drawer most readers never open. Without
 * JavaScript there is no drawer either way (the server renders none).
 */
import React, {type ReactNode} from 'react';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import useDrawerWanted from '@site/src/components/DrawerOnDemand';

export default function NavbarMobileSidebarWrapper(): ReactNode {
  return useDrawerWanted() ? <NavbarMobileSidebar /> : null;
}
