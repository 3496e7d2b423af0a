/**
 * Browser stand-in for Docusaurus' BaseUrlIssueBanner (see ./index.ts).
 *
 * In:  nothing. Out: nothing rendered, and the banner's critical CSS.
 *
 * Why: the banner (a warning for sites deployed under the wrong baseUrl) is
 * an inline script written into the home page's HTML by the static render
 * only; in the browser the component renders nothing. Its code, the text of
 * that script, still travelled in every page's main bundle. The server
 * render keeps the real component. The CSS stays: it hides the banner
 * wherever the stylesheet loads.
 */
import '@docusaurus/core/lib/client/BaseUrlIssueBanner/styles.module.css';

export default function NoBaseUrlIssueBanner(): null {
  return null;
}
