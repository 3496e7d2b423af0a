/**
 * Stands in for @docusaurus/theme-classic's client module `lib/nprogress`,
 * which puts the nprogress library (~4 KB) in every page's main bundle for
 * one thin bar. Same behaviour: when an in-page navigation has waited 200 ms
 * for the next page's code, <html> gets `data-route-loading` and
 * ./route-progress.css draws a bar at the top of the window until the page
 * shows. A data attribute, not a class: the page head manager rewrites
 * <html class> on navigation.
 */
import type {ClientModule} from '@docusaurus/types';
import './route-progress.css';

const DELAY_MS = 200;
const ATTRIBUTE = 'data-route-loading';

const clientModule: ClientModule = {
  onRouteUpdate({location, previousLocation}) {
    if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
    const timer = window.setTimeout(
      () => document.documentElement.setAttribute(ATTRIBUTE, ''),
      DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  },
  onRouteDidUpdate() {
    document.documentElement.removeAttribute(ATTRIBUTE);
  },
};

export default clientModule;
