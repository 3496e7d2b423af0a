/**
 * Wraps the theme's footer (never a copy): its server HTML stays as it is
 * while React hydrates the page, and React takes it over when the browser is
 * idle or the reader reaches for it (src/components/HydrateLater).
 *
 * In:  the theme's props (none). Out: the theme's footer, unchanged.
 *
 * Why: the footer is below the article, off the first screen, and holds
 * only links, which work as plain links until then: its hydration can wait
 * until the page is interactive.
 */
import Footer from '@theme-original/Footer';
import {hydratedLater} from '@site/src/components/HydrateLater';

export default hydratedLater(Footer);
