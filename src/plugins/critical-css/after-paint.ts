/**
 * The page's scripts start after its first screen is painted.
 *
 * In:  a page as Docusaurus 3.10 writes it after its HTML minifier, with the
 *      bundle's entry scripts in the head:
 *        <script src=/assets/js/runtime~main.x.js defer></script>
 *        <script src=/assets/js/main.y.js defer></script>
 * Out: the same page with, in their place:
 *        <link rel=preload as=script href=/assets/js/runtime~main.x.js data-after-paint>
 *        <link rel=preload as=script href=/assets/js/main.y.js data-after-paint>
 *        <script data-route-scripts="/assets/js/12.z.js ...">{AFTER_PAINT_SCRIPT}</script>
 *      (the route's scripts, given by src/plugins/route-preloads: the inline
 *      script adds them, unordered, when it adds the entry scripts; each one
 *      hands its modules to the bundle's chunk list as it arrives, before
 *      or after the runtime, so the runtime finds the route's chunks
 *      installed, or waits for the same element, and adds none itself)
 *      The scripts download as early as before (a preload, at the priority
 *      of a script); the inline script adds them, in order, once the parsed
 *      page has been painted: at the first paint or largest-contentful-paint
 *      entry of a frame shown after DOMContentLoaded (the browser reports
 *      one when a frame is on screen; a frame of the half-parsed page, shown
 *      earlier but reported later, doesn't count), or five frames after
 *      DOMContentLoaded when the first paint was reported already and no
 *      entry comes (the largest part was on screen earlier), or when the
 *      browser reports no paints; at once
 *      in a tab nobody sees (it paints nothing). Without JavaScript nothing
 *      changes: the page never ran them.
 *
 * Why: a deferred script runs as soon as the page is parsed and the script
 * has arrived, which on a fast or cached connection is before the first
 * paint: the phone then spent the bundle's start-up (~1 s under Lighthouse's
 * 4x slowdown) before showing the text it already had. Lighthouse counted
 * the bundle's download and start-up into the largest paint (English
 * article: LCP 2.4 s with FCP 1.0 s); with the scripts after the paint the
 * largest paint is the first.
 *
 * Fenced: a page that loads a script from the bundle's folder in a form not
 * matched here fails the build (Docusaurus' HTML changed: re-check this file).
 */

/**
 * Adds the preloaded entry scripts (in order) and the route's scripts (as
 * they come; each removed once it ran or failed, so that a failed one is
 * requested again by the runtime) after the first paint (no `onload=`
 * attributes: the policy allows no inline handlers).
 */
export const AFTER_PAINT_SCRIPT =
  '!function(d){var n=0,r=0,P="paint",c=d.currentScript,R=c&&c.getAttribute("data-route-scripts");function S(h,q){var s=d.createElement("script");return s.src=h,s.async=q,d.head.appendChild(s),s}function g(){n||(n=1,d.querySelectorAll("link[data-after-paint]").forEach(function(l){S(l.href,!1)}),R&&R.split(" ").forEach(function(h){var s=S(h,!0);s.onload=s.onerror=function(){s.remove()}}))}function p(){var t=self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;return!t||t.indexOf(P)<0||performance.getEntriesByType(P).length>0}function a(k){k?requestAnimationFrame(function(){setTimeout(function(){a(k-1)})}):p()&&g()}function f(){r=performance.now(),a(5)}try{var o=new PerformanceObserver(function(l){r&&l.getEntries().some(function(e){return e.startTime>=r})&&setTimeout(g)});o.observe({type:P}),o.observe({type:"largest-contentful-paint"})}catch(e){}"visible"!=d.visibilityState?g():"loading"==d.readyState?d.addEventListener("DOMContentLoaded",f):f(),d.addEventListener("visibilitychange",g)}(document)';

/** An entry script as Docusaurus writes it: `<script src=/assets/js/main.x.js defer></script>`. */
const DEFERRED_SCRIPT = /<script src=(["']?)([^"'\s>]+\.js)\1 defer><\/script>/g;

/** Any script element naming a file of the bundle's folder, to catch forms DEFERRED_SCRIPT misses. */
const ANY_BUNDLE_SCRIPT = /<script\b[^>]*\bsrc=["']?[^"'\s>]*\/assets\/js\/[^>]*>/g;

/** The scripts a page's route loads at start (src/plugins/route-preloads), and the entry's. */
export interface RouteScripts {
  hrefs: string[];
  /** The entry scripts' hrefs, in order, as the page must name them. */
  entry: string[];
}

/**
 * The page with its deferred entry scripts started after the first paint, as
 * the header says, and, when `routeScripts` is given, its route's scripts
 * listed for the inline script to add at the same moment; unchanged when
 * it has none (a fixture, a page written by hand); throws on a bundle script
 * in a form not matched, or entry scripts other than `route.entry`.
 */
export function scriptsAfterPaint(
  html: string,
  file: string,
  routeScripts?: (file: string) => RouteScripts,
): string {
  const found = [...html.matchAll(DEFERRED_SCRIPT)];
  const named = [...html.matchAll(ANY_BUNDLE_SCRIPT)].length;
  if (named !== found.length)
    throw new Error(
      `critical-css: ${file} loads a script in a form not matched by ${DEFERRED_SCRIPT.source} (Docusaurus' HTML changed? re-check src/plugins/critical-css/after-paint.ts)`,
    );
  if (found.length === 0) return html;
  const entry = found.map((m) => m[2]!);
  const route = routeScripts?.(file);
  if (route && entry.join(' ') !== route.entry.join(' '))
    throw new Error(
      `critical-css: ${file} loads ${entry.join(', ')}; the client compilation's entry is ${route.entry.join(', ')} (its chunk groups are another build's: re-check src/plugins/route-preloads)`,
    );
  const preloads = entry
    .map((href) => `<link rel=preload as=script href=${href} data-after-paint>`)
    .join('');
  // The route's scripts are added by the inline script at the first paint,
  // not preloaded by links in the head: fetched from the start, they competed
  // with the first screen on a slow connection (Lighthouse's simulation
  // counts every request started before the largest paint: LCP 1.29 -> 1.74 s
  // at 400 articles per locale). Added as scripts, not preloads, they are
  // installed when main.js asks for them: its start-up then neither builds
  // each file name from the bundle's table of every chunk nor adds an element
  // per chunk (about 40 ms of the start-up task at 4x, at 400 articles).
  const routeHrefs = route?.hrefs ?? [];
  const routeAttribute = routeHrefs.length ? ` data-route-scripts="${routeHrefs.join(' ')}"` : '';
  let first = true;
  return html.replace(DEFERRED_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return `${preloads}<script${routeAttribute}>${AFTER_PAINT_SCRIPT}</script>`;
  });
}
