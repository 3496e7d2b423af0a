/**
 * The benchmark's control page: an article exactly as built, with every
 * script taken out. What Lighthouse measures on it is what the page's own
 * HTML and CSS cost in that browser on that machine (the navigation's
 * commit, parsing, style, layout, paint): the floor that the site's
 * JavaScript adds to. Measured alternating with the page itself, it tells
 * which part of a missed target the scripts could still win back.
 *
 * In:  a build folder and an article's path in it (`/tr/x` for `x.html`).
 * Out: the same page at `/__no-script/<path>`, byte for byte the built one
 *      but for its `<script>` elements and the `<link>` tags that preload or
 *      modulepreload scripts, which are cut out where the parser
 *      (htmlparser2, the library the site's build already reads pages
 *      with) found them. Stylesheets, images and the rest stay, so the
 *      control downloads and lays out what the page does.
 *
 * A page with no script to take out is an error: the control would be the
 * page itself, and the comparison would say nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import {Parser} from 'htmlparser2';

export const NO_SCRIPT_PREFIX = '/__no-script';

/** @param {Record<string, string>} attributes */
function preloadsScript(attributes) {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload')) return true;
  return rel.includes('preload') && (attributes.as ?? '').toLowerCase() === 'script';
}

/**
 * Cuts the scripts and script preloads out of a page.
 * @param {string} html
 * @returns {{html: string, removed: number}}
 */
export function stripScripts(html) {
  /** @type {Array<[number, number]>} */
  const cuts = [];
  /** @type {number | undefined} */
  let scriptStart;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') scriptStart = parser.startIndex;
        else if (name === 'link' && preloadsScript(attributes))
          cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name) {
        if (name === 'script' && scriptStart !== undefined) {
          cuts.push([scriptStart, parser.endIndex + 1]);
          scriptStart = undefined;
        }
      },
    },
    {decodeEntities: true},
  );
  parser.end(html);
  let out = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += html.slice(from, start);
    from = end;
  }
  out += html.slice(from);
  return {html: out, removed: cuts.length};
}

/**
 * Writes the control copy of `pagePath` into `buildDir` and returns its path
 * on the server. Throws when the page is missing or has no script.
 * @param {string} buildDir
 * @param {string} pagePath
 */
export function writeNoScriptPage(buildDir, pagePath) {
  const source = path.join(buildDir, `${pagePath}.html`);
  if (!fs.existsSync(source)) throw new Error(`no-script control: no page ${source}`);
  const {html, removed} = stripScripts(fs.readFileSync(source, 'utf8'));
  if (removed === 0) throw new Error(`no-script control: ${source} has no script to take out`);
  const target = path.join(buildDir, NO_SCRIPT_PREFIX, `${pagePath}.html`);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.writeFileSync(target, html);
  return `${NO_SCRIPT_PREFIX}${pagePath}`;
}
