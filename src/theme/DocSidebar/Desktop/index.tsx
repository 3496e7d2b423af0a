/**
 * Wraps the theme's desktop sidebar (never a copy): its server HTML stays as
 * it is while React hydrates the page, and React takes it over when the
 * browser is idle or the reader reaches for it (src/components/HydrateLater).
 *
 * In:  the theme's props (the sidebar, the current path). Out: the theme's
 *      sidebar, unchanged.
 *
 * Why: the sidebar lists every article of the open categories and was the
 * largest part of an article page's hydration (at 400 articles per locale,
 * 196 of the page's 447 elements). At phone width the theme hides it and
 * swaps it for the navigation drawer right after hydration: now it is never
 * hydrated there at all.
 */
import DocSidebarDesktop from '@theme-original/DocSidebar/Desktop';
import {hydratedLater} from '@site/src/components/HydrateLater';

export default hydratedLater(DocSidebarDesktop);
