/**
 * Wraps the theme's desktop table of contents (never a copy): its server
 * HTML stays as it is while React hydrates the page, and React takes it over
 * when the browser is idle or the reader reaches for it
 * (src/components/HydrateLater).
 *
 * In:  the theme's props (none). Out: the theme's table of contents, unchanged.
 *
 * Why: at phone width the theme drops this column right after hydration
 * (the article's "On this page" button stays): it was hydrated only to be
 * thrown away. Now it never is on a phone; on a desktop its links work as
 * plain anchors until the browser is idle, then it highlights the section
 * in view as before.
 */
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import {hydratedLater} from '@site/src/components/HydrateLater';

export default hydratedLater(DocItemTOCDesktop);
