/**
 * Bundler loader for the icon modules of @primer/octicons-react
 * (see ./index.ts).
 *
 * In:  one icon module, with the SVG path of every size Primer draws it at:
 *        var heights = ["16", "24"];
 *        var svgDataByHeight = {"16": {...}, "24": {...}};
 * Out: the same module with the 16 px drawing only.
 *
 * Why: the site shows octicons at 16 px only (the callout icons, size={16});
 * the library picks the drawing closest to the requested size, so the 24 px
 * paths (the bigger half of each icon) travel with every article unused.
 * An icon drawn at one size only, or without a 16 px drawing, passes
 * through unchanged; a module of another shape fails a production build (./fence.cjs).
 */
const {fencedLoader} = require('./fence.cjs');

const HEIGHTS = /^var heights = \[[^\]]*\];$/m;
// svgDataByHeight as the library's build writes it: each entry a tab-indented
// key and its object, closed by a tab and a brace on a line of their own.
const DATA = /^var svgDataByHeight = \{[\s\S]*?\n\};$/m;
const ENTRY = /\n\t"(\d+)": \{\n[\s\S]*?\n\t\}(?=,?\n)/g;

/**
 * @param {string} source an icon module
 * @param {{changes: number}} [stats] counts modules of the expected shape
 */
function only16(source, stats = {changes: 0}) {
  // Drawn at one size only: nothing to drop (the library writes such icons on fewer lines).
  if (/^var heights = \["\d+"\];$/m.test(source)) {
    stats.changes++;
    return source;
  }
  const data = DATA.exec(source)?.[0];
  if (!data || !HEIGHTS.test(source)) return source;
  // The shape is known: an icon drawn at other sizes only is left as it is.
  stats.changes++;
  const entry16 = [...data.matchAll(ENTRY)].find((m) => m[1] === '16')?.[0];
  if (!entry16) return source;
  return source
    .replace(HEIGHTS, 'var heights = ["16"];')
    .replace(DATA, () => `var svgDataByHeight = {${entry16}\n};`);
}

module.exports = fencedLoader('octicons-16-loader.cjs', (source, stats) => only16(source, stats));
module.exports.only16 = only16;
